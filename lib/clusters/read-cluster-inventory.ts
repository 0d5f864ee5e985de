import "server-only";
import { ClusterError } from "@/lib/kubernetes/cluster-failure";
import { KubeConfigError } from "@/lib/kubernetes/kube-connection";
import { INVENTORY_TIMEOUT_MS, listNodes, searchPods, type NodeSummary, type PodSummary } from "@/lib/kubernetes/read-inventory";
import { parseInput } from "@/lib/validation";
import { readThrough } from "./inventory-cache";
import { loadClusterCredentials, withClusterConnection, type ClusterCredentials } from "./open-cluster-connection";
import { ZPodSearchQuery, type TPodSearchQuery } from "./schemas";

const MAX_PODS_SHOWN = 500;

/**
 * A live read, or a clear reason why there is none: a slow or unreachable
 * cluster answers within the inventory timeout with state "unreachable",
 * never an endless wait.
 */
export type InventoryResult<T> =
  | { state: "ok"; fetchedAt: string; items: T[]; truncated?: boolean }
  | { state: "unreachable" | "forbidden" | "unauthorized" | "error"; fetchedAt: string; message: string; missingPermission?: string };

async function readLive<T>(cluster: ClusterCredentials, read: Parameters<typeof withClusterConnection<T[]>>[1]): Promise<InventoryResult<T>> {
  const fetchedAt = new Date().toISOString();
  try {
    return { state: "ok", fetchedAt, items: await withClusterConnection(cluster, read, INVENTORY_TIMEOUT_MS) };
  } catch (error) {
    if (error instanceof KubeConfigError) return { state: "error", fetchedAt, message: error.message };
    if (!(error instanceof ClusterError)) throw error;
    const { failure } = error;
    const state = failure.cause === "unreachable" || failure.cause === "tls" ? "unreachable" : failure.cause === "forbidden" || failure.cause === "unauthorized" ? failure.cause : "error";
    const permission = failure.missingPermission;
    return {
      state,
      fetchedAt,
      message: failure.message,
      ...(permission ? { missingPermission: `${permission.verb} ${permission.resource}${permission.subresource ? `/${permission.subresource}` : ""}` } : {}),
    };
  }
}

export async function listClusterNodes(clusterId: string): Promise<InventoryResult<NodeSummary>> {
  const cluster = await loadClusterCredentials(clusterId);
  return readThrough(`${cluster.id}:nodes`, () => readLive(cluster, (connection) => listNodes(connection)));
}

function matches(pod: PodSummary, needle: string): boolean {
  return [pod.name, pod.namespace, pod.ownerName ?? "", pod.node ?? "", ...pod.images].some((value) => value.toLowerCase().includes(needle));
}

/** Pods on a node or in a namespace, searched by name, namespace, owner or image. */
export async function searchClusterPods(clusterId: string, input: TPodSearchQuery): Promise<InventoryResult<PodSummary>> {
  const query = parseInput(ZPodSearchQuery, input, "Query");
  const cluster = await loadClusterCredentials(clusterId);
  const key = `${cluster.id}:pods:${query.node ?? ""}:${query.namespace ?? ""}`;
  const all = await readThrough(key, () =>
    readLive(cluster, (connection) => searchPods(connection, { ...(query.node ? { node: query.node } : {}), ...(query.namespace ? { namespace: query.namespace } : {}), limit: Number.MAX_SAFE_INTEGER })),
  );
  if (all.state !== "ok") return all;
  const needle = query.q?.toLowerCase();
  const found = needle ? all.items.filter((pod) => matches(pod, needle)) : all.items;
  return { ...all, items: found.slice(0, MAX_PODS_SHOWN), ...(found.length > MAX_PODS_SHOWN ? { truncated: true } : {}) };
}
