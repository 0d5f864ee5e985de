"use client";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { useReadiness, type ReadinessView } from "@/lib/readiness/queries";
import { ClusterScoreCard } from "./cluster-score-card";
import { ScoreValue } from "./finding-badges";
import { FindingsTable } from "./findings-table";
import { ScoreTrend } from "./score-trend";

export function ReadinessPageClient({ initial, timeZone, canScan, isAdmin }: { initial: ReadinessView; timeZone: string; canScan: boolean; isAdmin: boolean }) {
  const { data, error } = useReadiness(initial);
  return (
    <>
      {error && <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-300">Could not refresh: {error.message}. Showing what was loaded before.</p>}
      <nav aria-label="Readiness" className="mb-4 flex flex-wrap gap-4 text-sm">
        <Link href="/readiness/acceptances" className="font-medium text-brand-700 underline dark:text-brand-300">Accepted risks</Link>
        <Link href="/readiness/attestations" className="font-medium text-brand-700 underline dark:text-brand-300">Audit-logging attestations</Link>
      </nav>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Card className="space-y-3 p-4" role="region" aria-labelledby="plan-heading">
          <h2 id="plan-heading" className="text-base font-semibold">Response plan</h2>
          <ScoreValue score={data.plan.score} />
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {data.plan.evaluatedAt ? <>Judged as of now; the daily check last ran (and verified the audit chain) <LocalTime at={data.plan.evaluatedAt} timeZone={timeZone} /></> : "Not checked yet: the daily run checks it within a minute of starting."}
          </p>
          <ScoreTrend label="Response plan" trend={data.plan.trend} />
        </Card>
        {data.clusters.map((cluster) => <ClusterScoreCard key={cluster.id} cluster={cluster} canScan={canScan} timeZone={timeZone} />)}
      </div>
      {data.clusters.length === 0 && (
        <div className="mt-4">
          <EmptyState title="No clusters registered">Register a cluster under <Link href="/clusters" className="underline">Clusters</Link> to check its posture.</EmptyState>
        </div>
      )}
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-medium">How the score is worked out</summary>
        <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">{data.method.text}</p>
      </details>
      <FindingsTable data={data} canAccept={isAdmin} timeZone={timeZone} />
    </>
  );
}
