import "server-only";
import { closeConnection, connectInCluster, connectWithKubeconfig, KubeConfigError, type KubeConnection } from "@/lib/kubernetes/kube-connection";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { openSecret } from "@/lib/secrets/secret-box";

export type ClusterCredentials = { id: string; name: string; credentialKind: string; kubeconfigEncrypted: string | null };

/** The one place a stored kubeconfig is decrypted; it never leaves this process. */
export function connectToCluster(cluster: ClusterCredentials, timeoutMs?: number): KubeConnection {
  const options = timeoutMs ? { timeoutMs } : {};
  if (cluster.credentialKind === "in-cluster") return connectInCluster(options);
  if (!cluster.kubeconfigEncrypted) throw new KubeConfigError(`cluster ${cluster.name} has no stored kubeconfig; register it again`);
  let text: string;
  try {
    text = openSecret(cluster.kubeconfigEncrypted);
  } catch {
    throw new KubeConfigError(`the stored kubeconfig of cluster ${cluster.name} cannot be decrypted (was CORDON_SECRET_KEY changed?); update the cluster's kubeconfig`);
  }
  return connectWithKubeconfig(text, options);
}

export async function loadClusterCredentials(clusterId: string): Promise<ClusterCredentials> {
  if (!isUuid(clusterId)) throw notFound("Cluster");
  // The ciphertext is omitted from every query unless asked for like this.
  const cluster = await db.cluster.findUnique({ where: { id: clusterId }, omit: { kubeconfigEncrypted: false } });
  if (!cluster) throw notFound("Cluster");
  return { id: cluster.id, name: cluster.name, credentialKind: cluster.credentialKind, kubeconfigEncrypted: cluster.kubeconfigEncrypted };
}

/** Runs `work` with a connection that is closed afterwards, whatever happens. */
export async function withClusterConnection<T>(cluster: ClusterCredentials, work: (connection: KubeConnection) => Promise<T>, timeoutMs?: number): Promise<T> {
  const connection = connectToCluster(cluster, timeoutMs);
  try {
    return await work(connection);
  } finally {
    await closeConnection(connection);
  }
}
