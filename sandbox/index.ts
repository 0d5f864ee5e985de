// The sandbox cluster's public surface.
export { startSandboxCluster, type SandboxCluster, type SandboxOptions } from "./server";
export { buildSeed, defaultSeed, SEED } from "./seed";
export { plantReadinessWeaknesses, READINESS_SEED } from "./seed-readiness";
export { seedWithBusyNode, type BusyNodeOptions } from "./seed-busy-node";
export { SandboxState, SANDBOX_USER, type AccessAttributes } from "./state";
export { buildKubeconfig, SANDBOX_CONTEXT } from "./kubeconfig";
export type {
  AccessRule,
  CheckpointRecord,
  CheckpointSupport,
  ContainerLogs,
  KubeObject,
  LogLine,
  NodeFeatures,
  NodeLogs,
  PdbRefusal,
  RecordedRequest,
  SandboxSeed,
} from "./types";
