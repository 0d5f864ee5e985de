import type { ClusterActionName } from "@/lib/clusters/schemas";

// The form's state and how it becomes an API request.
export type Draft = {
  clusterId: string;
  action: ClusterActionName;
  targetKind: "node" | "pod";
  node: string;
  suspectPods: string[];
  /** "namespace/name" */
  pod: string;
  /** "" = every container */
  container: string;
  moveOtherWorkloads: boolean;
  detachFromController: boolean;
  services: string;
  pvcName: string;
};

export const NODE_ACTIONS: readonly ClusterActionName[] = ["quarantine_node", "collect_node_logs", "snapshot_node_disk"];
export const POD_ACTIONS: readonly ClusterActionName[] = ["isolate_pod", "collect_pod_logs", "checkpoint_container", "snapshot_volume"];
/** Either a node or a pod. */
export const EITHER_ACTIONS: readonly ClusterActionName[] = ["collect_events", "collect_manifests", "release"];

export const ACTION_ORDER: readonly ClusterActionName[] = [
  "quarantine_node",
  "isolate_pod",
  "collect_pod_logs",
  "collect_node_logs",
  "collect_events",
  "collect_manifests",
  "checkpoint_container",
  "snapshot_volume",
  "snapshot_node_disk",
  "release",
];

export const EMPTY_DRAFT: Draft = {
  clusterId: "",
  action: "quarantine_node",
  targetKind: "node",
  node: "",
  suspectPods: [],
  pod: "",
  container: "",
  moveOtherWorkloads: false,
  detachFromController: false,
  services: "kubelet",
  pvcName: "",
};

export function targetKindOf(draft: Draft): "node" | "pod" {
  if (NODE_ACTIONS.includes(draft.action)) return "node";
  if (POD_ACTIONS.includes(draft.action)) return "pod";
  return draft.targetKind;
}

const splitRef = (ref: string) => {
  const [namespace = "", name = ""] = ref.split("/");
  return { namespace, name };
};

/** The request body, or a reason the form is not complete yet. */
export function buildRequest(draft: Draft): { body: Record<string, unknown> } | { missing: string } {
  if (!draft.clusterId) return { missing: "Choose a cluster" };
  const kind = targetKindOf(draft);
  let target: Record<string, unknown>;
  if (kind === "node") {
    if (!draft.node) return { missing: "Choose a node" };
    target = { node: draft.node, suspectPods: draft.action === "quarantine_node" ? draft.suspectPods.map(splitRef) : [] };
  } else {
    if (!draft.pod) return { missing: "Choose a pod" };
    const { namespace, name } = splitRef(draft.pod);
    if (draft.action === "checkpoint_container" && !draft.container) return { missing: "Choose the container to checkpoint" };
    target = { namespace, pod: name, ...(draft.container && draft.action !== "isolate_pod" ? { container: draft.container } : {}) };
  }
  const options: Record<string, unknown> = {};
  if (draft.action === "quarantine_node") options.moveOtherWorkloads = draft.moveOtherWorkloads;
  if (draft.action === "isolate_pod") options.detachFromController = draft.detachFromController;
  if (draft.action === "collect_node_logs") options.services = draft.services.split(",").map((s) => s.trim()).filter(Boolean);
  if (draft.action === "snapshot_volume") {
    if (!draft.pvcName) return { missing: "Give the volume claim to snapshot" };
    options.pvcName = draft.pvcName;
  }
  return { body: { clusterId: draft.clusterId, action: draft.action, target, options } };
}

// A link from elsewhere (an alert in the inbox) may open the composer on a
// target: ?action=quarantine_node&cluster=…&node=…&pod=ns/name (or a playbook
// step's suggested action). It only fills
// the form; previewing and applying stay the lead's clicks.
export function draftFromLink(params: { get(name: string): string | null }): Draft {
  const action = ACTION_ORDER.find((name) => name === params.get("action") && name !== "release");
  if (!action) return EMPTY_DRAFT;
  const pod = params.get("pod") ?? "";
  return {
    ...EMPTY_DRAFT,
    action,
    targetKind: NODE_ACTIONS.includes(action) ? "node" : "pod",
    clusterId: params.get("cluster") ?? "",
    node: params.get("node") ?? "",
    pod,
    container: action === "checkpoint_container" ? (params.get("container") ?? "") : "",
    suspectPods: action === "quarantine_node" && pod ? [pod] : [],
  };
}
