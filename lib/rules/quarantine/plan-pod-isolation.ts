// Isolate pods without stopping them: label them, cut all their traffic with
// a deny-all NetworkPolicy selecting that label, and optionally detach them
// from their controller so it starts a clean replacement while the suspect
// keeps running for analysis.
import {
  ORIGINAL_LABELS_ANNOTATION,
  QUARANTINE_LABEL,
  QUARANTINED_BY_ANNOTATION,
  quarantineEventName,
  quarantinePolicyName,
} from "./names";
import { PlanError } from "./plan-error";
import { apiTime, checkIncidentId, checkNotClaimed } from "./plan-node-quarantine";
import { controllerOf } from "./snapshots";
import { createEventStep, createPolicyStep, patchPodStep } from "./steps";
import type { LabelSelector, PodSnapshot, Step } from "./types";

export interface PodIsolationInput {
  incidentId: string;
  pods: PodSnapshot[];
  detachFromController?: boolean;
  /** The selector of each pod's controller, keyed `Kind/name`; needed to detach. */
  controllerSelectors?: Record<string, LabelSelector>;
  requestedBy?: string;
  now?: Date;
}

// Controllers that release a pod whose labels stop matching and create a
// replacement under a new name. A StatefulSet cannot: its pods keep fixed names.
const DETACHABLE_KINDS = new Set(["ReplicaSet", "ReplicationController", "DaemonSet"]);

export function selectorKeys(selector: LabelSelector): string[] {
  return [...new Set([...Object.keys(selector.matchLabels ?? {}), ...(selector.matchExpressions ?? []).map((e) => e.key)])];
}

function detachStep(pod: PodSnapshot, input: PodIsolationInput): Step | undefined {
  const owner = controllerOf(pod);
  if (!owner) return undefined;
  if (!DETACHABLE_KINDS.has(owner.kind)) {
    throw new PlanError(
      `pod ${pod.namespace}/${pod.name} is controlled by ${owner.kind} ${owner.name}, which cannot release it for a replacement; isolate it without detaching`,
    );
  }
  const selector = input.controllerSelectors?.[`${owner.kind}/${owner.name}`];
  if (!selector) throw new PlanError(`detaching pod ${pod.namespace}/${pod.name} needs the selector of ${owner.kind} ${owner.name}; read it first`);
  const keys = selectorKeys(selector).filter((key) => key !== QUARANTINE_LABEL && Object.hasOwn(pod.labels, key));
  if (keys.length === 0) return undefined;
  // A re-plan after a partial detach keeps the first record of the labels.
  const original = pod.annotations[ORIGINAL_LABELS_ANNOTATION] ?? JSON.stringify(Object.fromEntries(keys.map((key) => [key, pod.labels[key]])));
  return patchPodStep(
    `pod:${pod.namespace}/${pod.name}:detach`,
    `Detach pod ${pod.namespace}/${pod.name} from ${owner.kind} ${owner.name} by removing the labels its selector matches (${keys.join(", ")}); the controller starts a clean replacement and the pod keeps running`,
    pod,
    {
      metadata: {
        labels: Object.fromEntries(keys.map((key) => [key, null])),
        annotations: { [ORIGINAL_LABELS_ANNOTATION]: original },
      },
    },
  );
}

export function planPodIsolation(input: PodIsolationInput): Step[] {
  const { incidentId } = input;
  checkIncidentId(incidentId);
  if (input.pods.length === 0) throw new PlanError("no pods to isolate");
  for (const pod of input.pods) checkNotClaimed(pod.labels, incidentId, `pod ${pod.namespace}/${pod.name}`);
  const requestedBy = input.requestedBy ?? "cordon";
  const at = apiTime(input.now ?? new Date());
  const policyName = quarantinePolicyName(incidentId);
  const namespaces = [...new Set(input.pods.map((pod) => pod.namespace))].sort();

  // The policy first: it selects nothing until a pod carries the label, so
  // each pod is cut off the moment it is labelled.
  const steps: Step[] = namespaces.map((namespace) => createPolicyStep(namespace, policyName, incidentId));
  for (const pod of input.pods) {
    steps.push(
      patchPodStep(`pod:${pod.namespace}/${pod.name}:mark`, `Label pod ${pod.namespace}/${pod.name} ${QUARANTINE_LABEL}=${incidentId}, which puts it under the deny-all policy`, pod, {
        metadata: { labels: { [QUARANTINE_LABEL]: incidentId }, annotations: { [QUARANTINED_BY_ANNOTATION]: requestedBy } },
      }),
    );
  }
  if (input.detachFromController) {
    for (const pod of input.pods) {
      const step = detachStep(pod, input);
      if (step) steps.push(step);
    }
  }
  for (const pod of input.pods) {
    steps.push(
      createEventStep({
        key: `event:pod:${pod.namespace}/${pod.name}:isolate`,
        namespace: pod.namespace,
        name: quarantineEventName(pod.name, incidentId, "isolate"),
        involved: { kind: "Pod", name: pod.name, namespace: pod.namespace, ...(pod.uid ? { uid: pod.uid } : {}) },
        reason: "CordonIsolation",
        message: `Pod ${pod.namespace}/${pod.name} isolated by Cordon for incident ${incidentId}: all ingress and egress traffic denied by NetworkPolicy ${policyName}; the pod is kept running as evidence`,
        at,
      }),
    );
  }
  return steps;
}
