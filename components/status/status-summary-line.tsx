"use client";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { Countdown } from "@/components/deadlines/countdown";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { countOf } from "@/lib/rules/text/plural";
import type { Serialized } from "@/lib/serialize";
import type { StatusSummary } from "@/lib/status-page/get-status-summary";

// The one line read first: open incidents by severity, the next reporting
// deadline with its countdown, and what waits for a decision.
export function StatusSummaryLine({ summary, now, timeZone }: { summary: Serialized<StatusSummary>; now: number; timeZone: string }) {
  const next = summary.nextDeadline;
  return (
    <section aria-label="At a glance" className="mb-6 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="status-summary">
      <ul className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <li className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{summary.totalOpen === 0 ? "No open incidents" : `${countOf(summary.totalOpen, "open incident")}:`}</span>
          {summary.bySeverity
            .filter((severity) => severity.count > 0)
            .map((severity) => (
              <span key={severity.key} className="inline-flex items-center gap-1">
                <SeverityBadge severityKey={severity.key} /> <span className="tabular-nums">{severity.count}</span>
              </span>
            ))}
          {summary.drills > 0 && <span className="text-zinc-600 dark:text-zinc-400">(+ {countOf(summary.drills, "drill")}, not counted)</span>}
        </li>
        <li className="min-w-0">
          <span className="font-semibold">Next regulatory deadline: </span>
          {next ? (
            <>
              <Countdown dueAt={next.dueAt} now={now} className="font-semibold" /> —{" "}
              <Link href={`/incidents/${next.incidentId}`} className="underline-offset-2 hover:underline">
                {next.title} ({next.framework}, {next.reference})
              </Link>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">
                due <LocalTime at={next.dueAt} timeZone={timeZone} />
              </span>
            </>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">none running</span>
          )}
        </li>
        <li>
          <span className="font-semibold">Awaiting a decision: </span>
          {summary.awaitingDecision === 0 ? (
            <span className="text-zinc-600 dark:text-zinc-400">nothing</span>
          ) : (
            <span className="font-semibold text-red-700 dark:text-red-400">{countOf(summary.awaitingDecision, "incident")} (cluster action to approve)</span>
          )}
        </li>
      </ul>
    </section>
  );
}
