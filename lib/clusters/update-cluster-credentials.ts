import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { connectWithKubeconfig } from "@/lib/kubernetes/kube-connection";
import { transaction } from "@/lib/db";
import { sealSecret } from "@/lib/secrets/secret-box";
import { parseInput } from "@/lib/validation";
import { CHECK_TIMEOUT_MS } from "./check-cluster";
import { checkNewCredentials } from "./check-new-credentials";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";
import { loadClusterCredentials } from "./open-cluster-connection";
import { openConnectionOrExplain } from "./register-cluster";
import { ZUpdateClusterCredentialsInput, type TUpdateClusterCredentialsInput } from "./schemas";

// Replaces expired or rotated credentials. The new kubeconfig must work
// before it replaces the old one, so a typo never breaks a working cluster.
export async function updateClusterCredentials(actor: Actor, clusterId: string, input: TUpdateClusterCredentialsInput) {
  const data = parseInput(ZUpdateClusterCredentialsInput, input);
  const existing = await loadClusterCredentials(clusterId);
  const connection = openConnectionOrExplain(() => connectWithKubeconfig(data.kubeconfig, { timeoutMs: CHECK_TIMEOUT_MS }));
  const checked = await checkNewCredentials(connection, "Kubeconfig not changed");
  return transaction(async (tx) => {
    const cluster = await tx.cluster.update({
      where: { id: existing.id },
      data: { credentialKind: "kubeconfig", kubeconfigEncrypted: sealSecret(data.kubeconfig), ...checked.data },
      select: CLUSTER_SELECT,
    });
    await appendAudit(tx, actor, {
      action: "cluster.credentials_updated",
      targetType: "cluster",
      targetId: cluster.id,
      data: { name: cluster.name, server: cluster.serverUrl, ready: checked.check.ready },
    });
    return toClusterView(cluster);
  });
}
