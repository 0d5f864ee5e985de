// Quarantine a node without destroying anything: record its state, taint
// (NoSchedule) and cordon it, keep autoscalers away, mark the suspect pods,
// say so on the cluster, then optionally move the *other* workloads off.
import {
  PRE_QUARANTINE_ANNOTATION,
  QUARANTINE_LABEL,
  QUARANTINED_BY_ANNOTATION,
  isValidIncidentId,
  quarantineEventName,
} from "./names";
import { PlanError } from "./plan-error";
import { nodeQuarantineMarks, readPreQuarantine, recordPreQuarantine } from "./pre-quarantine";
import { isDaemonSetPod, isMirrorPod, isTerminalPod, samePod } from "./snapshots";
import { createEventStep, evictStep, patchNodeStep, patchPodStep, taintNodeStep } from "./steps";
import { quarantineTaint } from "./taints";
import type { NodeSnapshot, PodRef, PodSnapshot, Step } from "./types";

export interface NodeQuarantineInput {
  incidentId: string;
  node: NodeSnapshot;
  /** Every pod bound to the node, read just before planning. */
  podsOnNode: PodSnapshot[];
  suspectPods: PodRef[];
  moveOtherWorkloads: boolean;
  /** Who asked, for the `cordon.dev/quarantined-by` annotation. */
  requestedBy?: string;
  /** Timestamp for the Events Cordon records. */
  now?: Date;
}

export function apiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function checkIncidentId(incidentId: string): void {
  if (!isValidIncidentId(incidentId)) {
    throw new PlanError(`incident id "${incidentId}" cannot be used as a Kubernetes label value (at most 63 letters, digits, '-', '_' or '.')`);
  }
}

/** A node or pod already carrying another incident's quarantine is not taken over silently. */
export function checkNotClaimed(labels: Record<string, string>, incidentId: string, what: string): void {
  const holder = labels[QUARANTINE_LABEL];
  if (holder !== undefined && holder !== incidentId) {
    throw new PlanError(`${what} is already quarantined by incident ${holder}; release it from that incident first, or act under incident ${holder}`);
  }
}

function findSuspects(input: NodeQuarantineInput, podsOnNode: PodSnapshot[]): PodSnapshot[] {
  return input.suspectPods.map((ref) => {
    const pod = podsOnNode.find((candidate) => samePod(candidate, ref));
    if (!pod) throw new PlanError(`suspect pod ${ref.namespace}/${ref.name} is not running on node ${input.node.name}; pick the node it runs on`);
    checkNotClaimed(pod.labels, input.incidentId, `pod ${ref.namespace}/${ref.name}`);
    return pod;
  });
}

/** Pods to move off: not suspects, not DaemonSet pods (they would come straight back), not static pods, not finished. */
export function podsToMove(podsOnNode: PodSnapshot[], suspectPods: PodRef[]): PodSnapshot[] {
  return podsOnNode
    .filter((pod) => !suspectPods.some((ref) => samePod(pod, ref)))
    .filter((pod) => !isDaemonSetPod(pod) && !isMirrorPod(pod) && !isTerminalPod(pod))
    .sort((a, b) => `${a.namespace}/${a.name}`.localeCompare(`${b.namespace}/${b.name}`));
}

export function planNodeQuarantine(input: NodeQuarantineInput): Step[] {
  const { incidentId, node } = input;
  checkIncidentId(incidentId);
  checkNotClaimed(node.labels, incidentId, `node ${node.name}`);
  // Guards against a caller passing pods that have since moved elsewhere.
  const podsOnNode = input.podsOnNode.filter((pod) => pod.nodeName === undefined || pod.nodeName === node.name);
  const suspects = findSuspects(input, podsOnNode);
  const requestedBy = input.requestedBy ?? "cordon";
  const at = apiTime(input.now ?? new Date());
  const taint = quarantineTaint(incidentId);

  // A re-plan after a partial run must keep the first record: by then the
  // node already shows Cordon's changes, which are not its original state.
  const existing = readPreQuarantine(node);
  const record =
    existing?.incidentId === incidentId
      ? (node.annotations[PRE_QUARANTINE_ANNOTATION] ?? "")
      : JSON.stringify(recordPreQuarantine(node, incidentId, requestedBy));
  const marks = nodeQuarantineMarks(incidentId, requestedBy);

  const steps: Step[] = [
    taintNodeStep(
      `node:${node.name}:taint`,
      `Taint node ${node.name} with ${taint.key}=${incidentId}:NoSchedule so nothing new is scheduled there (NoSchedule only: running pods, the suspects included, keep running)`,
      node,
      { op: "add", taint },
    ),
    patchNodeStep(
      `node:${node.name}:mark`,
      `Label node ${node.name} as under investigation, keep cluster autoscalers and Karpenter from removing it, and record its current state for release`,
      node.name,
      { metadata: { labels: marks.labels, annotations: { ...marks.annotations, [PRE_QUARANTINE_ANNOTATION]: record } } },
    ),
    patchNodeStep(`node:${node.name}:cordon`, `Cordon node ${node.name} (mark it unschedulable)`, node.name, { spec: { unschedulable: true } }),
  ];
  for (const pod of suspects) {
    steps.push(
      patchPodStep(`pod:${pod.namespace}/${pod.name}:mark`, `Label suspect pod ${pod.namespace}/${pod.name} as under investigation (it keeps running)`, pod, {
        metadata: { labels: { [QUARANTINE_LABEL]: incidentId }, annotations: { [QUARANTINED_BY_ANNOTATION]: requestedBy } },
      }),
    );
  }
  steps.push(
    createEventStep({
      key: `event:node:${node.name}:quarantine`,
      namespace: "default",
      name: quarantineEventName(node.name, incidentId, "quarantine"),
      involved: { kind: "Node", name: node.name, ...(node.uid ? { uid: node.uid } : {}) },
      reason: "CordonQuarantine",
      message: `Node ${node.name} quarantined by Cordon for incident ${incidentId}: cordoned and tainted ${taint.key}=${incidentId}:NoSchedule; running pods are left running for investigation`,
      at,
    }),
  );
  for (const pod of suspects) {
    steps.push(
      createEventStep({
        key: `event:pod:${pod.namespace}/${pod.name}:quarantine`,
        namespace: pod.namespace,
        name: quarantineEventName(pod.name, incidentId, "quarantine"),
        involved: { kind: "Pod", name: pod.name, namespace: pod.namespace, ...(pod.uid ? { uid: pod.uid } : {}) },
        reason: "CordonQuarantine",
        message: `Pod ${pod.namespace}/${pod.name} is under investigation for incident ${incidentId}; its node ${node.name} is quarantined and the pod is kept running as evidence`,
        at,
      }),
    );
  }
  if (input.moveOtherWorkloads) {
    for (const pod of podsToMove(podsOnNode, input.suspectPods)) steps.push(evictStep(pod));
  }
  return steps;
}
