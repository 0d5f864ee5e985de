import "server-only";
import { db } from "@/lib/db";
import { refreshIncidentMetrics } from "./refresh-incident-metrics";

const BATCH = 500;

// Brings every incident a trigger marked dirty up to date, a batch at a
// time. A mark made while its incident is being refreshed is newer than
// the one read, so it survives the delete and is refreshed next time.
export async function refreshDirtyMetrics(now = new Date()): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const dirty = await db.incidentMetricsDirty.findMany({ orderBy: { markedAt: "asc" }, take: BATCH, select: { incidentId: true, markedAt: true } });
    if (dirty.length === 0) return refreshed;
    refreshed += await refreshIncidentMetrics(dirty.map((d) => d.incidentId), now);
    await db.$executeRaw`
      delete from incident_metrics_dirty d using jsonb_to_recordset(${JSON.stringify(dirty)}::jsonb) as r("incidentId" uuid, "markedAt" timestamp(3))
      where d.incident_id = r."incidentId" and d.marked_at <= r."markedAt"`;
    if (dirty.length < BATCH) return refreshed;
  }
}
