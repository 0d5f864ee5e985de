// The plan an action is fixed to before anything is sent: stored on the
// action so that a retry after a crash replays the very same steps instead
// of re-planning from a cluster Cordon has already changed.
import type { PodRef, Step } from "@/lib/rules/quarantine";

/** Writes to the cluster, run by executePlan. */
export interface WritePlan {
  kind: "writes";
  plannedAt: string;
  steps: Step[];
  /** Never evicted, whatever the stored steps say. */
  protectedPods: PodRef[];
}

interface ItemBase {
  /** Stable idempotency key, like a Step's. */
  key: string;
  title: string;
  method: "GET" | "POST";
  /** Path and query as they go on the wire, for the record. */
  path: string;
}

export type CollectItem = ItemBase &
  (
    | { type: "pod-log"; namespace: string; pod: string; container: string; node?: string; previous: boolean; timestamps: boolean; sinceTime?: string }
    | { type: "node-log"; node: string; service: string; sinceTime?: string; untilTime?: string }
    | { type: "events"; target: EvidenceTarget }
    | { type: "manifests"; target: EvidenceTarget }
    | { type: "checkpoint"; namespace: string; pod: string; container: string; node: string; timeoutSeconds?: number }
    | { type: "volume-snapshot"; namespace: string; pod: string; node?: string; pvcName: string; snapshotClassName?: string }
    | { type: "node-disk-snapshot"; node: string; providerId?: string }
  );

export type EvidenceTarget = { node: string; suspectPods?: PodRef[] } | { namespace: string; pod: string };

/** Reads that become evidence (and the few kubelet/CSI writes that capture it). */
export interface CollectionPlan {
  kind: "collection";
  plannedAt: string;
  items: CollectItem[];
}

export type StoredPlan = WritePlan | CollectionPlan;

/** Title, method and path of every planned step, in order, for showing the plan. */
export function plannedSteps(plan: StoredPlan): { key: string; title: string; method: string; path: string }[] {
  if (plan.kind === "writes") return plan.steps.map(({ key, title, method, path }) => ({ key, title, method, path }));
  return plan.items.map(({ key, title, method, path }) => ({ key, title, method, path }));
}

/** The nodes and pods a plan touches, for the confirmation and the approver. */
export function planTargets(plan: StoredPlan): { nodes: string[]; pods: string[] } {
  const nodes = new Set<string>();
  const pods = new Set<string>();
  if (plan.kind === "writes") {
    for (const { target } of plan.steps) {
      if (target.kind === "Node") nodes.add(target.name);
      if (target.kind === "Pod") pods.add(`${target.namespace}/${target.name}`);
    }
  } else {
    for (const item of plan.items) {
      if ("node" in item && item.node) nodes.add(item.node);
      if ("pod" in item && "namespace" in item) pods.add(`${item.namespace}/${item.pod}`);
    }
  }
  return { nodes: [...nodes].sort(), pods: [...pods].sort() };
}

/** What planning needs from a stored action (its target and options were validated at request time). */
export interface PlannableAction {
  incidentId: string;
  action: string;
  target: unknown;
  options: unknown;
  requestedBy: string;
}
