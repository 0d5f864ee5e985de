import "server-only";
import { closeConnection } from "@/lib/kubernetes/kube-connection";
import { readJson } from "@/lib/kubernetes/kube-request";
import { connectToCluster, loadClusterCredentials } from "./open-cluster-connection";

type LockableAction = { clusterId: string; target: unknown };
type Target = { node?: unknown; namespace?: unknown; pod?: unknown };

export const nodeLockKey = (clusterId: string, node: string) => `cordon:cluster-node:${clusterId}:${node}`;

/**
 * The lock an applied action holds while it runs: the node it changes — its
 * target node, or the node its target pod runs on (a pod never moves to
 * another node, so reading it before taking the lock is safe). A pod that
 * cannot be read (gone, or the cluster unreachable) is locked by its own
 * name: its action then fails on the same cause, with its usual message.
 */
export async function actionLockKey(action: LockableAction): Promise<string> {
  const target = (action.target ?? {}) as Target;
  if (typeof target.node === "string") return nodeLockKey(action.clusterId, target.node);
  const namespace = String(target.namespace ?? "");
  const pod = String(target.pod ?? "");
  const node = await readPodNode(action.clusterId, namespace, pod).catch(() => undefined);
  return node ? nodeLockKey(action.clusterId, node) : `cordon:cluster-pod:${action.clusterId}:${namespace}/${pod}`;
}

async function readPodNode(clusterId: string, namespace: string, pod: string): Promise<string | undefined> {
  const connection = connectToCluster(await loadClusterCredentials(clusterId));
  try {
    const object = await readJson(connection, `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}`);
    const nodeName = (object as { spec?: { nodeName?: unknown } } | null)?.spec?.nodeName;
    return typeof nodeName === "string" && nodeName !== "" ? nodeName : undefined;
  } finally {
    await closeConnection(connection);
  }
}
