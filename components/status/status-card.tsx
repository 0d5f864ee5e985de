"use client";
import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Countdown } from "@/components/deadlines/countdown";
import { formatDuration, RelativeTime } from "@/components/incidents/relative-time";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { countOf } from "@/lib/rules/text/plural";
import type { Serialized } from "@/lib/serialize";
import type { ExecutiveOverview } from "@/lib/status-page/get-executive-overview";

type Card = Serialized<ExecutiveOverview>["open"][number];

// One compact row per open incident: what, how bad, who leads, what is due.
// The rest (impact, containment, evidence, latest update) opens on demand
// (a toggle that says whether it is open).
export function StatusCard({ incident, now, timeZone }: { incident: Card; now: number; timeZone: string }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <li className="break-inside-avoid px-3 py-2" data-testid="status-card">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <SeverityBadge severityKey={incident.severityKey} title={incident.severity} />
        {incident.drill && <Badge tone="blue">Drill</Badge>}
        {incident.awaitingDecision && <Badge tone="red">Decision needed</Badge>}
        <Link href={`/incidents/${incident.id}`} className="min-w-0 font-medium [overflow-wrap:anywhere] hover:underline">
          {incident.title}
        </Link>
        <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{incident.reference}</span>
        <button
          type="button"
          className="no-print ml-auto inline-flex items-center gap-1 rounded px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((value) => !value)}
        >
          Details <ChevronDown className={cn("size-3.5 transition-transform", open && "rotate-180")} aria-hidden />
          <span className="sr-only"> of {incident.reference}</span>
        </button>
      </div>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-zinc-700 dark:text-zinc-300">
        <span>{incident.phase}</span>
        <span>Lead: {incident.lead ?? <strong className="text-red-700 dark:text-red-400">nobody yet</strong>}</span>
        <span className={cn(incident.updateOverdue && "font-semibold text-red-700 dark:text-red-400")}>
          Next update:{" "}
          {incident.nextUpdateDueAt ? (
            <>
              {incident.updateOverdue ? "overdue, " : ""}
              <RelativeTime at={incident.nextUpdateDueAt} now={now} />
            </>
          ) : (
            "—"
          )}
        </span>
        {incident.nextDeadline && (
          <span>
            {incident.nextDeadline.framework}: <Countdown dueAt={incident.nextDeadline.dueAt} now={now} />
          </span>
        )}
      </p>
      <div id={detailsId} hidden={!open}>
        <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Item label="Severity">{incident.severity}</Item>
          <Item label="Since detection">
            {/* Server and browser render a moment apart: the minutes may differ on hydration. */}
            <span suppressHydrationWarning>{formatDuration(now - new Date(incident.detectedAt).getTime())}</span>
          </Item>
          <Item label="Business impact">{incident.businessImpact || <span className="text-zinc-600 dark:text-zinc-400">Not stated yet</span>}</Item>
          <Item label="Containment">
            {countOf(incident.containment.nodesQuarantined, "node")} quarantined · {countOf(incident.containment.podsIsolated, "pod")} isolated
          </Item>
          <Item label="Evidence">
            {countOf(incident.containment.evidenceCollected, "artefact")} collected · {incident.containment.evidenceVerified} verified
          </Item>
          <Item label="Next regulatory deadline">
            {incident.nextDeadline ? (
              <>
                {incident.nextDeadline.title} ({incident.nextDeadline.framework}), <LocalTime at={incident.nextDeadline.dueAt} timeZone={timeZone} />
              </>
            ) : (
              "None running"
            )}
          </Item>
          <Item label="Filed with regulators">{incident.filed === 0 ? "Nothing yet" : countOf(incident.filed, "report")}</Item>
        </dl>
        <div className="mt-3 rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-950" data-testid="latest-update">
          {incident.latestUpdate ? (
            <>
              <p className="whitespace-pre-wrap">{incident.latestUpdate.body}</p>
              <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
                {incident.latestUpdate.authorLabel} · <LocalTime at={incident.latestUpdate.createdAt} timeZone={timeZone} />
              </p>
            </>
          ) : (
            <p className="text-zinc-600 dark:text-zinc-400">No status update yet.</p>
          )}
        </div>
      </div>
    </li>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
