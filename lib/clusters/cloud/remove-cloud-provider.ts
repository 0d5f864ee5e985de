import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { CLUSTER_SELECT, toClusterView } from "../cluster-view";

// Forgets the cluster's cloud provider and its credentials. Snapshots
// already taken stay with the provider and on the incidents' evidence.
export async function removeCloudProvider(actor: Actor, clusterId: string) {
  if (!isUuid(clusterId)) throw notFound("Cluster");
  return transaction(async (tx) => {
    const cluster = await tx.cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true } });
    if (!cluster) throw notFound("Cluster");
    const removed = await tx.clusterCloudProvider.deleteMany({ where: { clusterId } });
    if (removed.count > 0) {
      await appendAudit(tx, actor, { action: "cluster.cloud_provider_removed", targetType: "cluster", targetId: clusterId, data: { name: cluster.name } });
    }
    return toClusterView(await tx.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: CLUSTER_SELECT }));
  });
}
