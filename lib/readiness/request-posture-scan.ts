import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { db, transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { postureScanQueue } from "./job-names";

export type ScanRef = { id: string; state: string };

const ACTIVE = ["QUEUED", "RUNNING"] as const;

const activeScan = (clusterId: string) =>
  db.postureScan.findFirst({ where: { clusterId, state: { in: [...ACTIVE] } }, select: { id: true, state: true } });

/**
 * Queues a scan of the cluster, or hands back the one already queued or
 * running (a partial unique index allows one per cluster), so pressing
 * "Scan now" twice never starts two.
 */
export async function requestPostureScan(actor: Actor, clusterId: string): Promise<{ scan: ScanRef; created: boolean }> {
  if (!isUuid(clusterId)) throw notFound("Cluster");
  const cluster = await db.cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true } });
  if (!cluster) throw notFound("Cluster");
  const existing = await activeScan(clusterId);
  if (existing) return { scan: existing, created: false };
  try {
    const scan = await transaction(async (tx) => {
      const created = await tx.postureScan.create({ data: { clusterId, requestedById: actor.id }, select: { id: true, state: true } });
      await appendAudit(tx, actor, { action: "readiness.scan.requested", targetType: "cluster", targetId: clusterId, data: { scanId: created.id, cluster: cluster.name } });
      await enqueueInTransaction(tx, postureScanQueue, { scanId: created.id }, { singletonKey: created.id });
      return created;
    });
    return { scan, created: true };
  } catch (error) {
    // Someone queued one between our look and our insert.
    const raced = (error as { code?: unknown }).code === "P2002" ? await activeScan(clusterId) : null;
    if (raced) return { scan: raced, created: false };
    throw error;
  }
}
