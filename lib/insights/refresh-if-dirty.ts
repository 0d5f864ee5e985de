import "server-only";
import { db } from "@/lib/db";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { refreshDirtyMetrics } from "./refresh-dirty-metrics";

export const METRICS_LOCK = "insights:refresh-metrics";

// Readers see their own changes at once: when a trigger has marked an
// incident since the last refresh, the reader brings the rows up to date
// first. The check is one index probe; the lock keeps two readers from
// refreshing the same rows, and the one that finds it taken reads the
// figures as they are (at most one refresh behind).
export async function refreshMetricsIfDirty(): Promise<void> {
  const [row] = await db.$queryRaw<{ dirty: boolean }[]>`select exists (select 1 from incident_metrics_dirty) as dirty`;
  if (!row?.dirty) return;
  await withAdvisoryLock(METRICS_LOCK, () => refreshDirtyMetrics());
}
