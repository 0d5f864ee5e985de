"use client";
import { Hand, Lock, ShieldAlert } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { WarRoomReviewEntry } from "@/components/post-mortems/war-room-review-entry";
import { Button } from "@/components/ui/button";
import type { IncidentView } from "@/lib/incidents/queries";
import { CATEGORY_LABELS, type IncidentCategory } from "@/lib/rules/incidents/categories";
import type { IncidentStatus } from "@/lib/rules/incidents/statuses";
import { approvalsLabel } from "./approvals-label";
import { RelativeTime, useNow } from "./relative-time";
import { SeverityBadge } from "./severity-badge";
import { StatusBadge } from "./status-badge";
import { useIncidentAction } from "./use-incident-action";

export function WarRoomHeader({ incident, currentUserId, timeZone, canWrite }: { incident: IncidentView; currentUserId: string; timeZone: string; canWrite: boolean }) {
  const now = useNow(15_000);
  const acknowledge = useIncidentAction<void>(incident.id, () => ({ path: "/acknowledge", method: "POST" }));
  const lead = incident.roles.find((role) => role.kind === "LEAD");
  const myUnacknowledgedRole = incident.roles.some((role) => role.user.id === currentUserId && !role.acknowledgedAt);
  const showAcknowledge = canWrite && incident.status !== "CLOSED" && (!incident.acknowledgedAt || myUnacknowledgedRole);
  const { clocks } = incident;
  return (
    <header className="space-y-3">
      {incident.drill && (
        // A drill must never be mistaken for a real incident, on any screen size.
        <div role="note" aria-label="Drill" className="rounded-md border-2 border-blue-600 bg-blue-50 px-3 py-2 text-sm font-semibold text-blue-900 dark:bg-blue-950 dark:text-blue-100" data-testid="drill-banner">
          [DRILL] This is an exercise on the sandbox cluster, not a real incident. Cluster actions here reach only the sandbox.
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm text-zinc-500">{incident.reference}</span>
        <SeverityBadge severityKey={incident.severityKey} rank={incident.policy.rank} title={incident.policy.name} />
        <StatusBadge status={incident.status as IncidentStatus} />
        <Badge>{CATEGORY_LABELS[incident.category as IncidentCategory] ?? incident.category}</Badge>
        {incident.restricted && <Badge><Lock className="size-3" aria-hidden /> Restricted</Badge>}
        {incident.drill && <Badge tone="blue">Drill — sandbox only</Badge>}
        {incident.pendingApprovals > 0 && (
          <a href="#cluster-actions-heading" data-testid="pending-approval-flag">
            <Badge tone="yellow"><ShieldAlert className="size-3" aria-hidden /> {approvalsLabel(incident.pendingApprovals)}</Badge>
          </a>
        )}
      </div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">{incident.title}</h1>
        <div className="flex flex-wrap items-start gap-2">
          <WarRoomReviewEntry incidentId={incident.id} status={incident.status} />
          {showAcknowledge && (
            <Button variant="danger" onClick={() => acknowledge.mutate()} disabled={acknowledge.isPending}>
              <Hand className="size-4" aria-hidden /> I&apos;m on it
            </Button>
          )}
        </div>
      </div>
      {acknowledge.error && <Alert tone="error">{acknowledge.error.message}</Alert>}
      {incident.summary && <p className="max-w-3xl whitespace-pre-wrap text-sm text-zinc-700 dark:text-zinc-300">{incident.summary}</p>}
      <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Clock label="Lead">{lead ? lead.user.name : <span className="font-semibold text-red-600 dark:text-red-400">No lead</span>}</Clock>
        <Clock label="Declared">
          <LocalTime at={incident.declaredAt} timeZone={timeZone} /> · <RelativeTime at={incident.declaredAt} now={now} />
        </Clock>
        <Clock label="Acknowledged" alarm={clocks.acknowledgeOverdue}>
          {incident.acknowledgedAt ? (
            <LocalTime at={incident.acknowledgedAt} timeZone={timeZone} />
          ) : incident.status === "CLOSED" ? (
            "—"
          ) : (
            <span data-testid="ack-clock">
              {clocks.acknowledgeOverdue ? "Overdue " : "Due "}
              <RelativeTime at={clocks.acknowledgeDueAt} now={now} />
            </span>
          )}
        </Clock>
        <Clock label="Next status update" alarm={clocks.updateOverdue}>
          {clocks.nextUpdateDueAt ? (
            <>
              {clocks.updateOverdue ? "Overdue " : ""}
              <RelativeTime at={clocks.nextUpdateDueAt} now={now} />
            </>
          ) : (
            "—"
          )}
        </Clock>
      </dl>
    </header>
  );
}

function Clock({ label, alarm, children }: { label: string; alarm?: boolean; children: React.ReactNode }) {
  return (
    <div className={`rounded-md border px-3 py-2 ${alarm ? "border-red-500 bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200" : "border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"}`}>
      <dt className="text-xs uppercase text-zinc-500">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}
