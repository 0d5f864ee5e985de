// Builders for each kind of Step: the exact method, path, content type,
// body and success statuses of one API call.
import {
  EVENT_REPORTER,
  eventsPath,
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE,
  networkPoliciesPath,
  nodePath,
  podPath,
  QUARANTINE_LABEL,
  QUARANTINED_BY_ANNOTATION,
} from "./names";
import { editTaints, taintPatchBody } from "./taints";
import type { NodeSnapshot, PodRef, Step, TaintEdit } from "./types";

const MERGE_PATCH = "application/merge-patch+json" as const;
const JSON_TYPE = "application/json" as const;

export function patchNodeStep(key: string, title: string, node: string, body: unknown): Step {
  return { key, kind: "patch-node", title, target: { kind: "Node", name: node }, method: "PATCH", path: nodePath(node), contentType: MERGE_PATCH, body, expect: [200] };
}

/** Carries the resourceVersion it was computed from: a 409 means re-read and recompute. */
export function taintNodeStep(key: string, title: string, node: NodeSnapshot, edit: TaintEdit): Step {
  return {
    ...patchNodeStep(key, title, node.name, taintPatchBody(node.resourceVersion, editTaints(node.taints, edit))),
    kind: "taint-node",
    taintEdit: edit,
  };
}

export function patchPodStep(key: string, title: string, pod: PodRef, body: unknown): Step {
  return {
    key,
    kind: "patch-pod",
    title,
    target: { kind: "Pod", namespace: pod.namespace, name: pod.name },
    method: "PATCH",
    path: podPath(pod.namespace, pod.name),
    contentType: MERGE_PATCH,
    body,
    expect: [200],
  };
}

/** 404: the pod is already gone (evicted before a crash, or finished). */
export function evictStep(pod: PodRef): Step {
  return {
    key: `evict:${pod.namespace}/${pod.name}`,
    kind: "evict",
    title: `Move pod ${pod.namespace}/${pod.name} off the node (eviction, respecting its disruption budget)`,
    target: { kind: "Pod", namespace: pod.namespace, name: pod.name },
    method: "POST",
    path: `${podPath(pod.namespace, pod.name)}/eviction`,
    contentType: JSON_TYPE,
    body: {
      apiVersion: "policy/v1",
      kind: "Eviction",
      metadata: { name: pod.name, namespace: pod.namespace },
    },
    expect: [200, 201, 404],
  };
}

export interface EventInput {
  key: string;
  namespace: string;
  name: string;
  involved: { kind: "Node" | "Pod"; name: string; namespace?: string; uid?: string };
  reason: string;
  message: string;
  at: string;
}

/** 409: the event was already recorded by an earlier run of the same step. */
export function createEventStep(input: EventInput): Step {
  const { involved } = input;
  return {
    key: input.key,
    kind: "create-event",
    title: `Record on the cluster: ${input.message}`,
    target: { kind: "Event", namespace: input.namespace, name: input.name },
    method: "POST",
    path: eventsPath(input.namespace),
    contentType: JSON_TYPE,
    body: {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: input.name, namespace: input.namespace },
      involvedObject: {
        apiVersion: "v1",
        kind: involved.kind,
        name: involved.name,
        ...(involved.namespace ? { namespace: involved.namespace } : {}),
        ...(involved.uid ? { uid: involved.uid } : {}),
      },
      reason: input.reason,
      message: input.message,
      type: "Warning",
      source: { component: EVENT_REPORTER },
      reportingComponent: EVENT_REPORTER,
      reportingInstance: "cordon",
      firstTimestamp: input.at,
      lastTimestamp: input.at,
      count: 1,
    },
    expect: [201, 409],
  };
}

/** Deny-all both ways: a selector on the quarantine label and no rules at all. */
export function createPolicyStep(namespace: string, name: string, incidentId: string): Step {
  return {
    key: `networkpolicy:${namespace}/${name}`,
    kind: "create-networkpolicy",
    title: `Cut all network traffic to and from quarantined pods in ${namespace} (NetworkPolicy ${name})`,
    target: { kind: "NetworkPolicy", namespace, name },
    method: "POST",
    path: networkPoliciesPath(namespace),
    contentType: JSON_TYPE,
    body: {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: {
        name,
        namespace,
        labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [QUARANTINE_LABEL]: incidentId },
        annotations: { [QUARANTINED_BY_ANNOTATION]: `Cordon incident ${incidentId}` },
      },
      spec: { podSelector: { matchLabels: { [QUARANTINE_LABEL]: incidentId } }, policyTypes: ["Ingress", "Egress"] },
    },
    expect: [201, 409],
  };
}

/** By name with a uid precondition: only the very policy Cordon created goes. 404: already gone. */
export function deletePolicyStep(namespace: string, name: string, uid: string | undefined): Step {
  return {
    key: `networkpolicy-delete:${namespace}/${name}`,
    kind: "delete-networkpolicy",
    title: `Restore network traffic in ${namespace}: delete Cordon's NetworkPolicy ${name}`,
    target: { kind: "NetworkPolicy", namespace, name },
    method: "DELETE",
    path: `${networkPoliciesPath(namespace)}/${encodeURIComponent(name)}`,
    contentType: JSON_TYPE,
    body: { apiVersion: "v1", kind: "DeleteOptions", ...(uid ? { preconditions: { uid } } : {}) },
    expect: [200, 202, 404],
  };
}
