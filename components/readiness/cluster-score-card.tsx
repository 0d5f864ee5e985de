"use client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ApiError } from "@/components/common/api-client";
import { useScanNow, type ClusterReadinessView } from "@/lib/readiness/queries";
import { ScoreValue } from "./finding-badges";
import { ScoreTrend } from "./score-trend";

function age(seconds: number): string {
  if (seconds < 3_600) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3_600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

export function ClusterScoreCard({ cluster, canScan, timeZone }: { cluster: ClusterReadinessView; canScan: boolean; timeZone: string }) {
  const scan = useScanNow();
  const latest = cluster.latestScan;
  const active = latest?.state === "QUEUED" || latest?.state === "RUNNING";
  const result = cluster.result;
  const unlisted = result ? Object.keys(result.unlisted) : [];
  const skipped = result ? Object.entries(result.skipped) : [];
  const headingId = `cluster-${cluster.id}-heading`;
  return (
    <Card className="space-y-3 p-4" aria-labelledby={headingId} role="region">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-base font-semibold">
            Cluster {cluster.name} {cluster.isSandbox && <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">(sandbox)</span>}
          </h2>
          <ScoreValue score={cluster.score} />
        </div>
        {canScan && (
          <Button variant="secondary" size="sm" disabled={active || scan.isPending} onClick={() => scan.mutate(cluster.id)}>
            {active ? "Scanning…" : "Scan now"}
          </Button>
        )}
      </div>
      {active && latest && (
        <div>
          <div role="progressbar" aria-label={`Scan of ${cluster.name}`} aria-valuemin={0} aria-valuemax={latest.progressTotal} aria-valuenow={latest.progress} className="h-2 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round((latest.progress / Math.max(1, latest.progressTotal)) * 100)}%` }} />
          </div>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {latest.state === "QUEUED" ? "Scan queued" : `Scanning: step ${latest.progress} of ${latest.progressTotal}`}
          </p>
        </div>
      )}
      {scan.error && <Alert tone="error">{scan.error instanceof ApiError ? scan.error.message : "The scan could not be started"}</Alert>}
      {latest?.state === "FAILED" && latest.id !== result?.scanId && (
        <Alert tone="error">
          Last scan failed <LocalTime at={latest.finishedAt} timeZone={timeZone} />: {latest.error}
        </Alert>
      )}
      {result ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          Results of <LocalTime at={result.finishedAt} timeZone={timeZone} /> · Kubernetes {result.serverVersion ?? "version unknown"}
          {result.stale && <span className="ml-1 font-medium text-amber-800 dark:text-amber-300">· stale: {age(result.ageSeconds)} old</span>}
        </p>
      ) : (
        !active && <p className="text-sm text-zinc-600 dark:text-zinc-400">Not scanned yet. {canScan ? "Scan now to see its findings." : "The daily scan will run within a minute of starting."}</p>
      )}
      {cluster.findingCount > cluster.findings.length && (
        <p className="text-xs text-zinc-700 dark:text-zinc-300">
          The findings table shows the {cluster.findings.length} most severe of {cluster.findingCount.toLocaleString("en")} findings; the export holds them all.
        </p>
      )}
      {unlisted.length > 0 && <p className="text-xs text-zinc-700 dark:text-zinc-300">Cordon may not list {unlisted.join(", ")}: the checks that need them say “unknown”.</p>}
      {skipped.length > 0 && <p className="text-xs text-zinc-700 dark:text-zinc-300">Skipped as malformed: {skipped.map(([kind, n]) => `${n} ${kind}`).join(", ")}.</p>}
      <ScoreTrend label={`Cluster ${cluster.name}`} trend={cluster.trend} />
    </Card>
  );
}
