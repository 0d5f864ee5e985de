import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { KubeConfigError } from "@/lib/kubernetes/kube-connection";
import { transaction } from "@/lib/db";
import { checkCluster, CHECK_TIMEOUT_MS } from "./check-cluster";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";
import { loadClusterCredentials, withClusterConnection } from "./open-cluster-connection";

// "Test again": the result replaces the stored one, whatever it is — an
// unreachable cluster is a result too, shown as such.
export async function testClusterAgain(actor: Actor, clusterId: string, now = new Date()) {
  const credentials = await loadClusterCredentials(clusterId);
  let data;
  try {
    data = (await withClusterConnection(credentials, (connection) => checkCluster(connection, now), CHECK_TIMEOUT_MS)).data;
  } catch (error) {
    if (!(error instanceof KubeConfigError)) throw error;
    const check = { checkedAt: now.toISOString(), reachable: false, ready: false, server: "", error: error.message, permissions: [], actions: [] };
    data = { lastCheck: check, lastCheckedAt: now };
  }
  return transaction(async (tx) => {
    const cluster = await tx.cluster.update({ where: { id: clusterId }, data, select: CLUSTER_SELECT });
    const check = toClusterView(cluster).lastCheck;
    await appendAudit(tx, actor, {
      action: "cluster.tested",
      targetType: "cluster",
      targetId: clusterId,
      data: { name: cluster.name, reachable: check?.reachable ?? false, ready: check?.ready ?? false, ...(check?.error ? { error: check.error } : {}) },
    });
    return toClusterView(cluster);
  });
}
