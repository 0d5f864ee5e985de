"use client";
import { LocalTime } from "@/components/common/local-time";
import { cn } from "@/components/ui/cn";
import type { ObligationItem } from "@/lib/regulatory/queries";
import { TRIGGERS, type TriggerKey } from "@/lib/rules/regulations/triggers";
import { Countdown, Elapsed } from "./countdown";
import { DueTimes } from "./due-times";
import { ObligationActions } from "./obligation-actions";
import { ObligationStatusBadge } from "./obligation-status-badge";

type Props = { incidentId: string; obligation: ObligationItem; now: number; timeZone: string; canWrite: boolean };

// One obligation: its clock in three zones, the live countdown, how the
// due time was worked out, and what has been done about it.
export function ObligationCard({ incidentId, obligation: o, now, timeZone, canWrite }: Props) {
  const open = o.status !== "submitted" && o.status !== "not_applicable";
  return (
    <li
      className={cn(
        "rounded-md border p-2 text-xs",
        o.status === "overdue" ? "border-red-500 bg-red-50 dark:border-red-700 dark:bg-red-950/50" : "border-zinc-200 dark:border-zinc-800",
      )}
      data-testid="obligation"
    >
      <div className="flex items-start justify-between gap-2">
        <div>
          <p className="text-sm font-medium">{o.title}</p>
          <p className="text-zinc-500">{o.frameworkName} · to {o.recipient}</p>
        </div>
        <ObligationStatusBadge status={o.status} />
      </div>
      {open && o.effectiveDueAt && (
        <div className="mt-1 space-y-1">
          <Countdown dueAt={o.effectiveDueAt} now={now} className="text-sm" />
          <DueTimes at={o.effectiveDueAt} viewerZone={timeZone} regulatorZone={o.timeZone} />
        </div>
      )}
      {open && !o.effectiveDueAt && o.windowStart && <p className="mt-1"><Elapsed since={o.windowStart} now={now} /> — no fixed deadline</p>}
      {open && !o.effectiveDueAt && !o.windowStart && o.trigger && <p className="mt-1 text-zinc-600 dark:text-zinc-400">Clock starts when “{TRIGGERS[o.trigger as TriggerKey].label}” is recorded.</p>}
      {o.extendedDueAt && (
        <p className="mt-1">Extended by {o.extensionGrantedBy} to <LocalTime at={o.extendedDueAt} timeZone={timeZone} /> (was <LocalTime at={o.dueAt} timeZone={timeZone} />): {o.extensionReason}</p>
      )}
      {o.status === "submitted" && (
        <p className="mt-1" data-testid="submission">
          Submitted <LocalTime at={o.submittedAt} timeZone={timeZone} /> by {o.submittedBy} · reference <span className="font-mono">{o.submissionReference}</span>
        </p>
      )}
      {o.status === "not_applicable" && <p className="mt-1">Not applicable ({o.notApplicableBy}): {o.notApplicableReason}</p>}
      <details className="mt-1 text-zinc-500">
        <summary>How this is counted</summary>
        <p className="mt-1">{o.basis}</p>
        {o.note && <p className="mt-1">{o.note}</p>}
        {o.citation && <p className="mt-1">{o.citation}</p>}
      </details>
      {canWrite && open && <ObligationActions incidentId={incidentId} obligation={o} timeZone={timeZone} />}
    </li>
  );
}
