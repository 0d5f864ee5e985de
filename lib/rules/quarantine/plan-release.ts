// Undo exactly what Cordon did for one incident, from what it recorded on the
// objects themselves: uncordon only if Cordon cordoned, remove only Cordon's
// taint, restore the labels and annotations it overwrote, delete only its own
// NetworkPolicy by name. Nothing else is touched.
import {
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  PRE_QUARANTINE_ANNOTATION,
  QUARANTINE_LABEL,
  QUARANTINED_BY_ANNOTATION,
  quarantineEventName,
  quarantinePolicyName,
} from "./names";
import { PlanError } from "./plan-error";
import { apiTime, checkIncidentId, checkNotClaimed } from "./plan-node-quarantine";
import { readPreQuarantine } from "./pre-quarantine";
import { createEventStep, deletePolicyStep, patchNodeStep, patchPodStep, taintNodeStep } from "./steps";
import { isTaintEditDone, quarantineTaint } from "./taints";
import type { NetworkPolicySnapshot, NodeSnapshot, PodRef, PodSnapshot, Step } from "./types";

export interface ReleaseInput {
  incidentId: string;
  /** For a node release: the node as it is now. */
  node?: NodeSnapshot;
  /** Pods labelled `cordon.dev/quarantine=<incidentId>`; others are ignored. */
  pods: PodSnapshot[];
  /** Policies seen in those pods' namespaces; only Cordon's own for this incident are deleted. */
  networkPolicies: NetworkPolicySnapshot[];
  /** Pods of this incident that stay quarantined: their namespace keeps its policy. */
  otherQuarantinedPods?: PodRef[];
  now?: Date;
}

function planNodeRelease(node: NodeSnapshot, incidentId: string): Step[] {
  checkNotClaimed(node.labels, incidentId, `node ${node.name}`);
  const record = readPreQuarantine(node);
  if (record && record.incidentId !== incidentId) {
    throw new PlanError(`node ${node.name} was quarantined by incident ${record.incidentId}; release it from that incident`);
  }
  const edit = { op: "remove" as const, taint: quarantineTaint(incidentId) };
  if (!record && node.labels[QUARANTINE_LABEL] === undefined && isTaintEditDone(node.taints, edit)) return [];
  const steps: Step[] = [];
  if (!isTaintEditDone(node.taints, edit)) {
    steps.push(taintNodeStep(`node:${node.name}:untaint`, `Remove Cordon's taint ${QUARANTINE_LABEL}=${incidentId}:NoSchedule from node ${node.name} (other taints stay)`, node, edit));
  }
  // Without the record Cordon cannot know whether it cordoned the node, so it
  // leaves the cordon alone rather than undo someone else's.
  if (record && record.unschedulable !== true && node.unschedulable === true) {
    steps.push(patchNodeStep(`node:${node.name}:uncordon`, `Uncordon node ${node.name} (Cordon cordoned it)`, node.name, { spec: { unschedulable: record.unschedulable } }));
  }
  // The record goes last, so a release interrupted half-way can be planned again.
  const labels = record ? record.labels : { [QUARANTINE_LABEL]: null };
  const annotations = record ? { ...record.annotations } : { [QUARANTINED_BY_ANNOTATION]: null };
  steps.push(
    patchNodeStep(`node:${node.name}:unmark`, `Restore node ${node.name}'s labels and annotations to what they were before the quarantine`, node.name, {
      metadata: { labels, annotations: { ...annotations, [PRE_QUARANTINE_ANNOTATION]: null } },
    }),
  );
  return steps;
}

export function planRelease(input: ReleaseInput): Step[] {
  const { incidentId } = input;
  checkIncidentId(incidentId);
  const at = apiTime(input.now ?? new Date());
  const nodeSteps = input.node ? planNodeRelease(input.node, incidentId) : [];
  const steps: Step[] = [...nodeSteps];
  const pods = input.pods.filter((pod) => pod.labels[QUARANTINE_LABEL] === incidentId);
  for (const pod of pods) {
    // cordon.dev/original-labels stays on a detached pod: re-attaching would
    // let its controller adopt it and scale away a pod, maybe this one.
    steps.push(
      patchPodStep(`pod:${pod.namespace}/${pod.name}:unmark`, `Remove the quarantine label from pod ${pod.namespace}/${pod.name}`, pod, {
        metadata: { labels: { [QUARANTINE_LABEL]: null }, annotations: { [QUARANTINED_BY_ANNOTATION]: null } },
      }),
    );
  }
  const policyName = quarantinePolicyName(incidentId);
  const released = new Set(pods.map((pod) => `${pod.namespace}/${pod.name}`));
  const stillIsolated = new Set(
    (input.otherQuarantinedPods ?? []).filter((pod) => !released.has(`${pod.namespace}/${pod.name}`)).map((pod) => pod.namespace),
  );
  const policies = input.networkPolicies.filter(
    (policy) =>
      policy.name === policyName &&
      policy.labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE &&
      policy.labels[QUARANTINE_LABEL] === incidentId &&
      !stillIsolated.has(policy.namespace),
  );
  for (const policy of policies) steps.push(deletePolicyStep(policy.namespace, policy.name, policy.uid));
  if (input.node && nodeSteps.length > 0) {
    steps.push(
      createEventStep({
        key: `event:node:${input.node.name}:release`,
        namespace: "default",
        name: quarantineEventName(input.node.name, incidentId, "release"),
        involved: { kind: "Node", name: input.node.name, ...(input.node.uid ? { uid: input.node.uid } : {}) },
        reason: "CordonRelease",
        message: `Node ${input.node.name} released by Cordon from the quarantine of incident ${incidentId}`,
        at,
      }),
    );
  }
  for (const pod of pods) {
    steps.push(
      createEventStep({
        key: `event:pod:${pod.namespace}/${pod.name}:release`,
        namespace: pod.namespace,
        name: quarantineEventName(pod.name, incidentId, "release"),
        involved: { kind: "Pod", name: pod.name, namespace: pod.namespace, ...(pod.uid ? { uid: pod.uid } : {}) },
        reason: "CordonRelease",
        message: `Pod ${pod.namespace}/${pod.name} released by Cordon from the quarantine of incident ${incidentId}`,
        at,
      }),
    );
  }
  if (steps.length === 0) throw new PlanError(`nothing to release: no node, pod or network policy carries the quarantine of incident ${incidentId}`);
  return steps;
}
