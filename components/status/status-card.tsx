"use client";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { formatDuration, RelativeTime } from "@/components/incidents/relative-time";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { Serialized } from "@/lib/serialize";
import type { ExecutiveOverview } from "@/lib/status-page/get-executive-overview";

type Card = Serialized<ExecutiveOverview>["open"][number];

export function StatusCard({ incident, now, timeZone }: { incident: Card; now: number; timeZone: string }) {
  const deadlineOverdue = incident.nextDeadline && new Date(incident.nextDeadline.dueAt).getTime() < now;
  return (
    <article className="break-inside-avoid rounded-lg border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="status-card">
      <header className="flex flex-wrap items-center gap-2">
        <SeverityBadge severityKey={incident.severityKey} />
        <span className="text-sm font-semibold">{incident.severity}</span>
        {incident.drill && <Badge tone="blue">Drill</Badge>}
        <span className="ml-auto font-mono text-xs text-zinc-500">{incident.reference}</span>
      </header>
      <h2 className="mt-2 text-lg font-semibold leading-snug">
        <Link href={`/incidents/${incident.id}`} className="hover:underline">{incident.title}</Link>
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{incident.phase}</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
        <Item label="Who leads">{incident.lead ?? <span className="text-red-600">Nobody yet</span>}</Item>
        <Item label="Since detection">{formatDuration(now - new Date(incident.detectedAt).getTime())}</Item>
        <Item label="Business impact">{incident.businessImpact || <span className="text-zinc-400">Not stated yet</span>}</Item>
        <Item label="Next update due" alarm={incident.updateOverdue}>
          {incident.nextUpdateDueAt ? <>{incident.updateOverdue ? "Overdue " : ""}<RelativeTime at={incident.nextUpdateDueAt} now={now} /></> : "—"}
        </Item>
        <Item label="Containment">
          {incident.containment.nodesQuarantined} nodes quarantined · {incident.containment.podsIsolated} pods isolated
        </Item>
        <Item label="Evidence">
          {incident.containment.evidenceCollected} collected · {incident.containment.evidenceVerified} verified
        </Item>
        <Item label="Next regulatory deadline" alarm={Boolean(deadlineOverdue)}>
          {incident.nextDeadline ? (
            <>
              {incident.nextDeadline.title} ({incident.nextDeadline.framework}) — <RelativeTime at={incident.nextDeadline.dueAt} now={now} />,{" "}
              <LocalTime at={incident.nextDeadline.dueAt} timeZone={timeZone} />
            </>
          ) : (
            "None running"
          )}
        </Item>
        <Item label="Filed with regulators">{incident.filed}</Item>
      </dl>
      <div className="mt-3 rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-950" data-testid="latest-update">
        {incident.latestUpdate ? (
          <>
            <p className="whitespace-pre-wrap">{incident.latestUpdate.body}</p>
            <p className="mt-1 text-xs text-zinc-500">
              {incident.latestUpdate.authorLabel} · <LocalTime at={incident.latestUpdate.createdAt} timeZone={timeZone} />
            </p>
          </>
        ) : (
          <p className="text-zinc-500">No status update yet.</p>
        )}
      </div>
    </article>
  );
}

function Item({ label, alarm, children }: { label: string; alarm?: boolean; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-zinc-500">{label}</dt>
      <dd className={cn("font-medium", alarm && "text-red-600")}>{children}</dd>
    </div>
  );
}
