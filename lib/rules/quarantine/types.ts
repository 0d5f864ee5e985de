// The shapes cluster actions are described in: what the product API accepts,
// what the planners read from the cluster, and the Step each plan is made of.
// Everything here is plain JSON so a plan can be stored and replayed as-is.

export const CLUSTER_ACTIONS = [
  "quarantine_node",
  "isolate_pod",
  "collect_pod_logs",
  "collect_node_logs",
  "collect_events",
  "collect_manifests",
  "checkpoint_container",
  "snapshot_volume",
  "release",
] as const;

export type ClusterActionName = (typeof CLUSTER_ACTIONS)[number];

export interface PodRef {
  namespace: string;
  name: string;
}

/** Target of node actions: the node and the pods under investigation on it. */
export interface NodeTarget {
  node: string;
  suspectPods: PodRef[];
}

/** Target of pod actions; `container` narrows logs and checkpoints. */
export interface PodTarget {
  namespace: string;
  pod: string;
  container?: string;
}

export type TaintEffect = "NoSchedule" | "PreferNoSchedule" | "NoExecute";

export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
  timeAdded?: string;
}

export interface OwnerRef {
  apiVersion?: string;
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
}

/** What the planners need to know about a node, read just before planning. */
export interface NodeSnapshot {
  name: string;
  uid?: string;
  resourceVersion: string;
  /** `undefined` when the field is absent, so release can restore absence exactly. */
  unschedulable?: boolean;
  /** `undefined` when the node has no `spec.taints` field at all. */
  taints?: Taint[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface PodSnapshot {
  namespace: string;
  name: string;
  uid?: string;
  nodeName?: string;
  phase?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  ownerReferences: OwnerRef[];
}

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface NetworkPolicySnapshot {
  namespace: string;
  name: string;
  uid?: string;
  labels: Record<string, string>;
}

export type StepKind =
  | "patch-node"
  | "taint-node"
  | "patch-pod"
  | "evict"
  | "create-networkpolicy"
  | "delete-networkpolicy"
  | "create-event";

export type StepTarget =
  | { kind: "Node"; name: string }
  | { kind: "Pod"; namespace: string; name: string }
  | { kind: "NetworkPolicy"; namespace: string; name: string }
  | { kind: "Event"; namespace: string; name: string };

/**
 * How a taint step recomputes its body after a 409: re-read the node, apply
 * this edit to the taints found, send again with the new resourceVersion.
 */
export interface TaintEdit {
  op: "add" | "remove";
  taint: Taint;
}

export type StepContentType = "application/json" | "application/merge-patch+json";

/** One API call, described precisely enough to execute, dry-run, store and show. */
export interface Step {
  /** Stable across re-planning of the same action: the idempotency key. */
  key: string;
  kind: StepKind;
  /** Plain English, for the timeline and the dry-run preview. */
  title: string;
  target: StepTarget;
  method: "POST" | "PATCH" | "DELETE";
  /** Absolute API path without query string. */
  path: string;
  contentType?: StepContentType;
  body?: unknown;
  /** Statuses that count as success, including "already done" ones (409 AlreadyExists, 404 gone). */
  expect: number[];
  /** Only on `taint-node` steps. */
  taintEdit?: TaintEdit;
}
