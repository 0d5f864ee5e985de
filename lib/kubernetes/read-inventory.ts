import "server-only";
// What the cluster looks like, for choosing what to act on: nodes with their
// quarantine state and pod counts, and pods with owner, images and restarts.
// Short timeouts: a person is waiting, and "unreachable" is an answer too.
import { QUARANTINE_LABEL, toNodeSnapshot, type Taint } from "@/lib/rules/quarantine";
import type { KubeConnection } from "./kube-connection";
import { listObjects } from "./list-objects";

export const INVENTORY_TIMEOUT_MS = 5_000;

export interface NodeSummary {
  name: string;
  ready: boolean;
  kubeletVersion?: string;
  unschedulable: boolean;
  taints: Taint[];
  /** Incident id from `cordon.dev/quarantine`, when quarantined. */
  quarantinedBy?: string;
  roles: string[];
  /** Pods bound to the node that have not finished. */
  podCount: number;
}

export interface PodSummary {
  namespace: string;
  name: string;
  node?: string;
  phase?: string;
  ownerKind?: string;
  ownerName?: string;
  containers: string[];
  images: string[];
  restarts: number;
  quarantinedBy?: string;
  createdAt?: string;
}

type Raw = Record<string, unknown>;
const record = (value: unknown): Raw => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Raw) : {});
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(record) : []);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function isFinished(pod: Raw): boolean {
  const phase = record(pod.status).phase;
  return phase === "Succeeded" || phase === "Failed";
}

export function summarizeNode(object: unknown, podCount: number): NodeSummary {
  const snapshot = toNodeSnapshot(object);
  const status = record(record(object).status);
  const kubeletVersion = text(record(status.nodeInfo).kubeletVersion);
  return {
    name: snapshot.name,
    ready: list(status.conditions).some((c) => c.type === "Ready" && c.status === "True"),
    ...(kubeletVersion ? { kubeletVersion } : {}),
    unschedulable: snapshot.unschedulable === true,
    taints: snapshot.taints ?? [],
    ...(snapshot.labels[QUARANTINE_LABEL] ? { quarantinedBy: snapshot.labels[QUARANTINE_LABEL] } : {}),
    roles: Object.keys(snapshot.labels)
      .filter((key) => key.startsWith("node-role.kubernetes.io/"))
      .map((key) => key.slice("node-role.kubernetes.io/".length)),
    podCount,
  };
}

export function summarizePod(object: unknown): PodSummary {
  const pod = record(object);
  const metadata = record(pod.metadata);
  const spec = record(pod.spec);
  const status = record(pod.status);
  const owner = list(metadata.ownerReferences).find((ref) => ref.controller === true) ?? list(metadata.ownerReferences)[0];
  const containers = list(spec.containers);
  const labels = record(metadata.labels);
  const optional = {
    node: text(spec.nodeName),
    phase: text(status.phase),
    ownerKind: text(owner?.kind),
    ownerName: text(owner?.name),
    quarantinedBy: text(labels[QUARANTINE_LABEL]),
    createdAt: text(metadata.creationTimestamp),
  };
  return {
    namespace: text(metadata.namespace) ?? "",
    name: text(metadata.name) ?? "",
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    containers: containers.map((c) => text(c.name) ?? ""),
    images: containers.map((c) => text(c.image) ?? ""),
    restarts: list(status.containerStatuses).reduce((sum, s) => sum + (typeof s.restartCount === "number" ? s.restartCount : 0), 0),
  };
}

export async function listNodes(connection: KubeConnection, timeoutMs = INVENTORY_TIMEOUT_MS): Promise<NodeSummary[]> {
  const [nodes, pods] = await Promise.all([
    listObjects(connection, "/api/v1/nodes", {}, timeoutMs),
    listObjects(connection, "/api/v1/pods", {}, timeoutMs),
  ]);
  const counts = new Map<string, number>();
  for (const pod of pods.map(record)) {
    const node = text(record(pod.spec).nodeName);
    if (node && !isFinished(pod)) counts.set(node, (counts.get(node) ?? 0) + 1);
  }
  return nodes.map((node) => summarizeNode(node, counts.get(text(record(record(node).metadata).name) ?? "") ?? 0));
}

export interface PodSearch {
  namespace?: string;
  node?: string;
  labelSelector?: string;
  /** Case-insensitive part of the pod name. */
  nameContains?: string;
  limit?: number;
}

export async function searchPods(connection: KubeConnection, search: PodSearch = {}, timeoutMs = INVENTORY_TIMEOUT_MS): Promise<PodSummary[]> {
  const path = search.namespace ? `/api/v1/namespaces/${encodeURIComponent(search.namespace)}/pods` : "/api/v1/pods";
  const query = {
    ...(search.node ? { fieldSelector: `spec.nodeName=${search.node}` } : {}),
    ...(search.labelSelector ? { labelSelector: search.labelSelector } : {}),
  };
  const needle = search.nameContains?.toLowerCase();
  return (await listObjects(connection, path, query, timeoutMs))
    .map(summarizePod)
    .filter((pod) => !needle || pod.name.toLowerCase().includes(needle))
    .slice(0, search.limit ?? 500);
}

export function listPodsOnNode(connection: KubeConnection, node: string, timeoutMs = INVENTORY_TIMEOUT_MS): Promise<PodSummary[]> {
  return searchPods(connection, { node, limit: Number.MAX_SAFE_INTEGER }, timeoutMs);
}
