// Wire-level shapes the sandbox stores and serves. Objects are kept as the
// JSON the API would return, so patches and clients see exactly what a real
// API server would hand them; only the fields the sandbox reasons about are
// typed here.

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  generateName?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  [field: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface Taint {
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  timeAdded?: string;
}

export interface Toleration {
  key?: string;
  operator?: "Exists" | "Equal";
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface LogLine {
  /** ISO 8601 time the line was written. */
  at: string;
  text: string;
}

export interface ContainerLogs {
  namespace: string;
  pod: string;
  container: string;
  current: LogLine[];
  /** Present only when a previous instance of the container exists. */
  previous?: LogLine[];
}

export interface NodeLogs {
  node: string;
  /** journald unit or log file name, as given in `?query=`. */
  service: string;
  lines: LogLine[];
}

/**
 * How the kubelet answers a checkpoint request: `gate-off` is the
 * ContainerCheckpoint feature gate disabled (404), `unsupported` a container
 * runtime without CRIU support (500).
 */
export type CheckpointSupport = "enabled" | "gate-off" | "unsupported";

export interface NodeFeatures {
  checkpoint: CheckpointSupport;
  /** NodeLogQuery gate plus kubelet `enableSystemLogQuery`; off means 404. */
  nodeLogQuery: boolean;
}

/**
 * One RBAC denial. Unset fields match anything, so `{ verb: "patch",
 * resource: "nodes" }` denies every node patch.
 */
export interface AccessRule {
  verb?: string;
  group?: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

/** A PodDisruptionBudget that refuses evictions regardless of pod health. */
export interface PdbRefusal {
  namespace: string;
  name: string;
  /** How many eviction attempts are refused before the budget frees up. */
  refusals: number | "always";
}

export interface SandboxSeed {
  objects: KubeObject[];
  containerLogs: ContainerLogs[];
  nodeLogs: NodeLogs[];
  features?: Record<string, Partial<NodeFeatures>>;
  pdbRefusals?: PdbRefusal[];
  deny?: AccessRule[];
}

export interface RecordedRequest {
  method: string;
  /** Decoded path, so `%2F` sent by a client reads as `/`. */
  path: string;
  /** Repeated parameters become arrays. */
  query: Record<string, string | string[]>;
  contentType: string | undefined;
  /** Parsed JSON when the body was JSON, the raw text otherwise. */
  body: unknown;
  status: number;
  /** ISO 8601 time the request arrived. */
  at: string;
}

export interface CheckpointRecord {
  node: string;
  namespace: string;
  pod: string;
  container: string;
  path: string;
  at: string;
}
