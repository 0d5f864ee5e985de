import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import { SYSTEM_ACTOR, type Actor } from "@/lib/audit/actor";
import { closeConnection, connectWithKubeconfig } from "@/lib/kubernetes/kube-connection";
import { transaction } from "@/lib/db";
import { sealSecret } from "@/lib/secrets/secret-box";
import { checkCluster, CHECK_TIMEOUT_MS } from "./check-cluster";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";
import { SANDBOX_CLUSTER_NAME } from "./schemas";

/**
 * Registers the sandbox cluster the launcher just started, or points the
 * existing registration at it: the sandbox listens on a new port (with a new
 * token) on every start, so the stored kubeconfig is replaced each time.
 */
export async function ensureSandboxCluster(kubeconfig: string, options: { name?: string; actor?: Actor } = {}) {
  const name = options.name ?? SANDBOX_CLUSTER_NAME;
  const actor = options.actor ?? SYSTEM_ACTOR;
  const connection = connectWithKubeconfig(kubeconfig, { timeoutMs: CHECK_TIMEOUT_MS });
  let checked: Awaited<ReturnType<typeof checkCluster>>;
  try {
    checked = await checkCluster(connection);
  } finally {
    await closeConnection(connection);
  }
  return transaction(async (tx) => {
    const existing = await tx.cluster.findUnique({ where: { name }, select: { id: true, isSandbox: true } });
    if (existing && !existing.isSandbox) throw new Error(`a cluster named ${name} is registered and is not the sandbox; rename it to start the sandbox`);
    const fields = { credentialKind: "kubeconfig", kubeconfigEncrypted: sealSecret(kubeconfig), isSandbox: true, ...checked.data };
    const cluster = existing
      ? await tx.cluster.update({ where: { id: existing.id }, data: fields, select: CLUSTER_SELECT })
      : await tx.cluster.create({ data: { name, ...fields }, select: CLUSTER_SELECT });
    await appendAudit(tx, actor, {
      action: existing ? "cluster.sandbox_updated" : "cluster.registered",
      targetType: "cluster",
      targetId: cluster.id,
      data: { name, server: cluster.serverUrl, sandbox: true, ready: checked.check.ready },
    });
    return toClusterView(cluster);
  });
}
