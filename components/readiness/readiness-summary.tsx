"use client";
import type { ReadinessSummary } from "@/lib/readiness/get-readiness-summary";
import type { Serialized } from "@/lib/serialize";
import { ScoreValue } from "./finding-badges";
import { ScoreTrend } from "./score-trend";

// On the executive status page: how prepared we are, in two numbers.
export function ReadinessSummaryPanel({ summary }: { summary: Serialized<ReadinessSummary> }) {
  return (
    <section aria-labelledby="readiness-heading" className="mt-8 break-inside-avoid">
      <h2 id="readiness-heading" className="mb-2 text-base font-semibold">Readiness for the next incident</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          <h3 className="text-sm font-semibold">Response plan</h3>
          <ScoreValue score={summary.plan.score} />
          <ScoreTrend label="Response plan readiness" trend={summary.plan.trend} />
        </div>
        <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          <h3 className="text-sm font-semibold">Cluster security (weakest cluster)</h3>
          <ScoreValue score={summary.clusters.score} />
          <ScoreTrend label="Weakest cluster's readiness" trend={summary.clusters.trend} />
        </div>
      </div>
    </section>
  );
}
