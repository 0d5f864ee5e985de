// Snapshots and a tiny API-server stand-in (RFC 7386 merge patch) for the
// planners' tests: plans are applied to plain objects and compared.
import type { NodeSnapshot, PodSnapshot, Step } from "./types";

export const INCIDENT = "3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f";

export function makeNode(overrides: Partial<NodeSnapshot> = {}): NodeSnapshot {
  return {
    name: "worker-2",
    uid: "node-uid-2",
    resourceVersion: "1200",
    labels: { "kubernetes.io/hostname": "worker-2" },
    annotations: { "node.alpha.kubernetes.io/ttl": "0" },
    ...overrides,
  };
}

export function makePod(namespace: string, name: string, overrides: Partial<PodSnapshot> = {}): PodSnapshot {
  return {
    namespace,
    name,
    uid: `uid-${name}`,
    nodeName: "worker-2",
    phase: "Running",
    labels: {},
    annotations: {},
    ownerReferences: [],
    ...overrides,
  };
}

export const rs = (name: string) => [{ apiVersion: "apps/v1", kind: "ReplicaSet", name, uid: `uid-${name}`, controller: true }];
export const ds = (name: string) => [{ apiVersion: "apps/v1", kind: "DaemonSet", name, uid: `uid-${name}`, controller: true }];

export const suspect = makePod("payments", "checkout-7d9f8-xk2lp", {
  labels: { app: "checkout", tier: "frontend", "pod-template-hash": "7d9f8" },
  ownerReferences: rs("checkout-7d9f8"),
});

export function workerPods(): PodSnapshot[] {
  return [
    suspect,
    makePod("payments", "ledger-6b4f9-t7wzp", { labels: { app: "ledger" }, ownerReferences: rs("ledger-6b4f9") }),
    makePod("default", "web-5c8d7-q8r2n", { labels: { app: "web" }, ownerReferences: rs("web-5c8d7") }),
    makePod("default", "netshoot", { labels: { run: "netshoot" } }),
    makePod("kube-system", "kube-proxy-d8h4t", { ownerReferences: ds("kube-proxy") }),
    makePod("kube-system", "fluent-bit-w2hrx", { ownerReferences: ds("fluent-bit") }),
    makePod("kube-system", "etcd-worker-2", { annotations: { "kubernetes.io/config.mirror": "abc" } }),
    makePod("batch", "report-29345-abcde", { phase: "Succeeded" }),
  ];
}

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return structuredClone(patch);
  const base = typeof target === "object" && target !== null && !Array.isArray(target) ? structuredClone(target as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else base[key] = applyMergePatch(base[key], value);
  }
  return base;
}

export interface NodeObject {
  metadata: { name: string; uid?: string; resourceVersion: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { unschedulable?: boolean; taints?: NodeSnapshot["taints"] };
}

export function nodeObject(node: NodeSnapshot): NodeObject {
  return {
    metadata: { name: node.name, uid: node.uid, resourceVersion: node.resourceVersion, labels: { ...node.labels }, annotations: { ...node.annotations } },
    spec: {
      ...(node.unschedulable !== undefined ? { unschedulable: node.unschedulable } : {}),
      ...(node.taints !== undefined ? { taints: node.taints } : {}),
    },
  };
}

/** Applies a plan's node patches like the API server would, bumping resourceVersion and honouring it. */
export function applyNodeSteps(object: NodeObject, steps: Step[]): NodeObject {
  let current = object;
  for (const step of steps) {
    if (step.method !== "PATCH" || step.target.kind !== "Node") continue;
    const sent = (step.body as { metadata?: { resourceVersion?: string } }).metadata?.resourceVersion;
    if (sent !== undefined && sent !== current.metadata.resourceVersion) throw new Error(`409 on ${step.key}`);
    current = applyMergePatch(current, step.body) as NodeObject;
    current.metadata.resourceVersion = String(Number(current.metadata.resourceVersion) + 1);
  }
  return current;
}

export function snapshotOf(object: NodeObject): NodeSnapshot {
  return {
    name: object.metadata.name,
    ...(object.metadata.uid ? { uid: object.metadata.uid } : {}),
    resourceVersion: object.metadata.resourceVersion,
    ...(object.spec.unschedulable !== undefined ? { unschedulable: object.spec.unschedulable } : {}),
    ...(object.spec.taints !== undefined ? { taints: object.spec.taints } : {}),
    labels: { ...object.metadata.labels },
    annotations: { ...object.metadata.annotations },
  };
}
