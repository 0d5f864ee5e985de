import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { connectInCluster, connectWithKubeconfig, KubeConfigError, type KubeConnection } from "@/lib/kubernetes/kube-connection";
import { transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import { sealSecret } from "@/lib/secrets/secret-box";
import { parseInput } from "@/lib/validation";
import { CHECK_TIMEOUT_MS } from "./check-cluster";
import { checkNewCredentials } from "./check-new-credentials";
import { CLUSTER_SELECT, toClusterView } from "./cluster-view";
import { ZRegisterClusterInput, type TRegisterClusterInput } from "./schemas";

/** A kubeconfig Cordon cannot use is the caller's mistake, explained. */
export function openConnectionOrExplain(open: () => KubeConnection): KubeConnection {
  try {
    return open();
  } catch (error) {
    if (error instanceof KubeConfigError) throw badRequest(`Cordon cannot use this kubeconfig: ${error.message}`, { kubeconfig: [error.message] });
    throw error;
  }
}

/**
 * Registers a cluster after testing the connection: a cluster Cordon cannot
 * reach (or whose credentials it rejects) is refused with the reason, and
 * nothing is stored. The kubeconfig is stored sealed and never returned.
 */
export async function registerCluster(user: SessionUser, actor: Actor, input: TRegisterClusterInput) {
  const data = parseInput(ZRegisterClusterInput, input);
  const kubeconfig = data.kubeconfig;
  const connection = openConnectionOrExplain(() =>
    kubeconfig === undefined ? connectInCluster({ timeoutMs: CHECK_TIMEOUT_MS }) : connectWithKubeconfig(kubeconfig, { timeoutMs: CHECK_TIMEOUT_MS }),
  );
  const checked = await checkNewCredentials(connection, "Cluster not registered");
  return transaction(async (tx) => {
    const taken = await tx.cluster.findUnique({ where: { name: data.name }, select: { id: true } });
    if (taken) throw conflict(`A cluster named ${data.name} is already registered; choose another name or update that cluster's kubeconfig`);
    const cluster = await tx.cluster.create({
      data: {
        name: data.name,
        credentialKind: kubeconfig === undefined ? "in-cluster" : "kubeconfig",
        kubeconfigEncrypted: kubeconfig === undefined ? null : sealSecret(kubeconfig),
        createdById: user.id,
        ...checked.data,
      },
      select: CLUSTER_SELECT,
    });
    await appendAudit(tx, actor, {
      action: "cluster.registered",
      targetType: "cluster",
      targetId: cluster.id,
      data: { name: cluster.name, credentialKind: cluster.credentialKind, server: cluster.serverUrl, ready: checked.check.ready },
    });
    return toClusterView(cluster);
  });
}
