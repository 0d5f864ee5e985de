"use client";
import { Lock, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import type { IncidentListPage } from "@/lib/incidents/queries";
import type { IncidentStatus } from "@/lib/rules/incidents/statuses";
import { approvalsLabel } from "./approvals-label";
import { RelativeTime } from "./relative-time";
import { SeverityBadge } from "./severity-badge";
import { StatusBadge } from "./status-badge";

export type IncidentListRow = IncidentListPage["incidents"][number];

// A SEV1 nobody has acknowledged is the one row that must stand out.
export function isUnacknowledgedSev1(incident: IncidentListRow): boolean {
  return incident.severityRank === 1 && !incident.acknowledgedAt && incident.status !== "CLOSED";
}

// The triage board's columns. The list is ordered (most severe first) and
// paged by the server, so its columns do not re-sort one page on screen.
export function incidentColumns(now: number, timeZone: string): DataTableColumn<IncidentListRow>[] {
  return [
    { id: "severity", header: "Severity", cell: (incident) => <SeverityBadge severityKey={incident.severityKey} rank={incident.severityRank} title={incident.severityName} /> },
    {
      id: "incident",
      header: "Incident",
      cell: (incident) => (
        <>
          <Link href={`/incidents/${incident.id}`} className="font-medium hover:underline">
            <span className="mr-2 font-mono text-xs text-zinc-600 dark:text-zinc-400">{incident.reference}</span>
            {incident.title}
          </Link>
          <div className="mt-0.5 flex gap-1">
            {incident.restricted && <Badge><Lock className="size-3" aria-hidden /> Restricted</Badge>}
            {incident.drill && <Badge tone="blue">Drill</Badge>}
            {isUnacknowledgedSev1(incident) && <Badge tone="red">Not acknowledged</Badge>}
            {incident.pendingApprovals > 0 && (
              <Badge tone="yellow" data-testid="pending-approval-flag">
                <ShieldAlert className="size-3" aria-hidden /> {approvalsLabel(incident.pendingApprovals)}
              </Badge>
            )}
          </div>
        </>
      ),
    },
    { id: "status", header: "Status", cell: (incident) => <StatusBadge status={incident.status as IncidentStatus} /> },
    { id: "lead", header: "Lead", hideBelow: "md", cell: (incident) => incident.lead?.name ?? <span className="text-red-600 dark:text-red-400">No lead</span> },
    {
      id: "declared",
      header: "Declared",
      hideBelow: "lg",
      className: "whitespace-nowrap",
      cell: (incident) => (
        <span title="Time since declared">
          <RelativeTime at={incident.declaredAt} now={now} />
          <span className="block text-xs text-zinc-600 dark:text-zinc-400"><LocalTime at={incident.declaredAt} timeZone={timeZone} /></span>
        </span>
      ),
    },
    {
      id: "next-due",
      header: "Next due",
      hideBelow: "sm",
      cell: (incident) => {
        const overdue = incident.nextDue && new Date(incident.nextDue.at).getTime() < now;
        return incident.nextDue ? (
          <span className={cn("whitespace-nowrap", overdue && "font-semibold text-red-600 dark:text-red-400")}>
            {incident.nextDue.label} <RelativeTime at={incident.nextDue.at} now={now} />
          </span>
        ) : (
          <span className="text-zinc-400">—</span>
        );
      },
    },
  ];
}
