"use client";
import { Lock, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { IncidentListPage } from "@/lib/incidents/queries";
import type { IncidentStatus } from "@/lib/rules/incidents/statuses";
import { approvalsLabel } from "./approvals-label";
import { RelativeTime } from "./relative-time";
import { SeverityBadge } from "./severity-badge";
import { StatusBadge } from "./status-badge";

type Row = IncidentListPage["incidents"][number];

export function IncidentRow({ incident, selected, now, timeZone }: { incident: Row; selected: boolean; now: number; timeZone: string }) {
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  const overdue = incident.nextDue && new Date(incident.nextDue.at).getTime() < now;
  const alarm = incident.severityRank === 1 && !incident.acknowledgedAt && incident.status !== "CLOSED";
  return (
    <tr ref={ref} aria-selected={selected} data-testid="incident-row" className={cn("hover:bg-zinc-50 dark:hover:bg-zinc-800/50", selected && "bg-brand-50 dark:bg-zinc-800", alarm && "bg-red-50 dark:bg-red-950/40")}>
      <td className="px-3 py-2"><SeverityBadge severityKey={incident.severityKey} rank={incident.severityRank} title={incident.severityName} /></td>
      <td className="px-3 py-2">
        <Link href={`/incidents/${incident.id}`} className="font-medium hover:underline">
          <span className="mr-2 font-mono text-xs text-zinc-500">{incident.reference}</span>
          {incident.title}
        </Link>
        <div className="mt-0.5 flex gap-1">
          {incident.restricted && <Badge><Lock className="size-3" aria-hidden /> Restricted</Badge>}
          {incident.drill && <Badge tone="blue">Drill</Badge>}
          {alarm && <Badge tone="red">Not acknowledged</Badge>}
          {incident.pendingApprovals > 0 && (
            <Badge tone="yellow" data-testid="pending-approval-flag">
              <ShieldAlert className="size-3" aria-hidden /> {approvalsLabel(incident.pendingApprovals)}
            </Badge>
          )}
        </div>
      </td>
      <td className="px-3 py-2"><StatusBadge status={incident.status as IncidentStatus} /></td>
      <td className="px-3 py-2">{incident.lead?.name ?? <span className="text-red-600">No lead</span>}</td>
      <td className="px-3 py-2 whitespace-nowrap" title="Time since declared">
        <RelativeTime at={incident.declaredAt} now={now} />
        <div className="text-xs text-zinc-500"><LocalTime at={incident.declaredAt} timeZone={timeZone} /></div>
      </td>
      <td className={cn("px-3 py-2 whitespace-nowrap", overdue && "font-semibold text-red-600")}>
        {incident.nextDue ? (
          <>
            {incident.nextDue.label} <RelativeTime at={incident.nextDue.at} now={now} />
          </>
        ) : (
          <span className="text-zinc-400">—</span>
        )}
      </td>
    </tr>
  );
}
