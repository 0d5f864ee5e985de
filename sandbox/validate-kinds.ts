// Per-kind validation of the fields clients may write.
import { arrayAt, deepEqual, isRecord, recordAt } from "./json";
import type { KubeObject } from "./types";
import { checkLabelValue, checkQualifiedName, type FieldErrors } from "./validation";

export type Validator = (object: KubeObject, old: KubeObject | undefined, errors: FieldErrors) => void;

const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export const validateNode: Validator = (node, _old, errors) => {
  const spec = node.spec;
  if (!errors.expect("spec", spec, "object")) return;
  errors.expect("spec.unschedulable", recordAt(node, "spec").unschedulable, "boolean");
  const taints = recordAt(node, "spec").taints;
  if (!errors.expect("spec.taints", taints, "array")) return;
  const seen = new Set<string>();
  arrayAt(spec, "taints").forEach((taint, i) => {
    const field = `spec.taints[${i}]`;
    if (!errors.expect(field, taint, "object") || !isRecord(taint)) return;
    errors.expect(`${field}.key`, taint.key, "string");
    errors.expect(`${field}.value`, taint.value, "string");
    errors.expect(`${field}.effect`, taint.effect, "string");
    if (!taint.key) errors.required(`${field}.key`);
    else checkQualifiedName(errors, `${field}.key`, String(taint.key));
    if (typeof taint.value === "string") checkLabelValue(errors, `${field}.value`, taint.value);
    if (!taint.effect) errors.required(`${field}.effect`);
    else if (!TAINT_EFFECTS.includes(String(taint.effect))) errors.unsupported(`${field}.effect`, taint.effect, TAINT_EFFECTS);
    const identity = `${String(taint.key)}:${String(taint.effect)}`;
    if (seen.has(identity)) errors.duplicate(`${field}`, identity);
    seen.add(identity);
  });
};

const POD_MUTABLE_MESSAGE =
  "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

/** The spec with the fields a pod update may change taken out. */
function immutablePodSpec(spec: unknown): unknown {
  const copy: Record<string, unknown> = isRecord(spec) ? { ...spec } : {};
  delete copy.activeDeadlineSeconds;
  delete copy.tolerations;
  copy.containers = arrayAt(copy, "containers").map((c) => (isRecord(c) ? { ...c, image: undefined } : c));
  copy.initContainers = arrayAt(copy, "initContainers").map((c) => (isRecord(c) ? { ...c, image: undefined } : c));
  return JSON.parse(JSON.stringify(copy));
}

export const validatePod: Validator = (pod, old, errors) => {
  if (!old) return;
  if (!errors.expect("spec", pod.spec, "object")) return;
  errors.expect("spec.tolerations", recordAt(pod, "spec").tolerations, "array");
  if (!deepEqual(immutablePodSpec(pod.spec), immutablePodSpec(old.spec))) {
    errors.forbidden("spec", POD_MUTABLE_MESSAGE);
    return;
  }
  const before = arrayAt(old.spec, "tolerations");
  const after = arrayAt(pod.spec, "tolerations");
  if (!before.every((toleration) => after.some((candidate) => deepEqual(candidate, toleration)))) {
    errors.forbidden("spec.tolerations", "existing toleration can not be modified except its tolerationSeconds");
  }
};

const EVENT_TYPES = ["Normal", "Warning"];

export const validateEvent: Validator = (event, _old, errors) => {
  const involved = event.involvedObject;
  if (!errors.expect("involvedObject", involved, "object") || !isRecord(involved)) {
    errors.required("involvedObject");
    return;
  }
  for (const key of ["kind", "name", "namespace", "uid", "apiVersion", "fieldPath"]) {
    errors.expect(`involvedObject.${key}`, involved[key], "string");
  }
  for (const key of ["reason", "message", "type", "reportingComponent", "reportingInstance"]) {
    errors.expect(key, event[key], "string");
  }
  errors.expect("count", event.count, "number");
  errors.expect("source", event.source, "object");
  const namespace = event.metadata.namespace;
  if (involved.namespace && involved.namespace !== namespace) {
    errors.invalid("involvedObject.namespace", involved.namespace, "does not match event.namespace");
  }
  if (event.type && !EVENT_TYPES.includes(String(event.type))) errors.unsupported("type", event.type, EVENT_TYPES);
};

const POLICY_TYPES = ["Ingress", "Egress"];

export const validateNetworkPolicy: Validator = (policy, _old, errors) => {
  if (!errors.expect("spec", policy.spec, "object")) return;
  const spec = recordAt(policy, "spec");
  errors.expect("spec.podSelector", spec.podSelector, "object");
  errors.expect("spec.ingress", spec.ingress, "array");
  errors.expect("spec.egress", spec.egress, "array");
  if (!errors.expect("spec.policyTypes", spec.policyTypes, "array")) return;
  arrayAt(spec, "policyTypes").forEach((type, i) => {
    if (!POLICY_TYPES.includes(String(type))) errors.unsupported(`spec.policyTypes[${i}]`, type, POLICY_TYPES);
  });
};

export const validateVolumeSnapshot: Validator = (snapshot, _old, errors) => {
  if (!errors.expect("spec", snapshot.spec, "object")) {
    errors.required("spec");
    return;
  }
  const spec = recordAt(snapshot, "spec");
  const source = recordAt(spec, "source");
  errors.expect("spec.source", spec.source, "object");
  errors.expect("spec.source.persistentVolumeClaimName", source.persistentVolumeClaimName, "string");
  errors.expect("spec.source.volumeSnapshotContentName", source.volumeSnapshotContentName, "string");
  errors.expect("spec.volumeSnapshotClassName", spec.volumeSnapshotClassName, "string");
  const sources = [source.persistentVolumeClaimName, source.volumeSnapshotContentName].filter(Boolean);
  if (sources.length !== 1) {
    errors.invalid(
      "spec.source",
      "object",
      "exactly one of persistentVolumeClaimName and volumeSnapshotContentName must be set",
    );
  }
  if (spec.volumeSnapshotClassName === "") {
    errors.invalid("spec.volumeSnapshotClassName", "", "volumeSnapshotClassName must not be the empty string when set");
  }
};
