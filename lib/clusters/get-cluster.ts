import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";

export async function getCluster(clusterId: string) {
  if (!isUuid(clusterId)) throw notFound("Cluster");
  const row = await db.cluster.findUnique({ where: { id: clusterId }, select: CLUSTER_SELECT });
  if (!row) throw notFound("Cluster");
  return toClusterView(row);
}
