// Typed views of the node and pod fields the sandbox reasons about. Stored
// objects passed validation, so these read them without re-checking types.
import { arrayAt, isRecord, recordAt, stringAt } from "./json";
import type { KubeObject, OwnerReference, Taint, Toleration } from "./types";

export function nodeTaints(node: KubeObject): Taint[] {
  return arrayAt(node.spec, "taints") as Taint[];
}

export function isUnschedulable(node: KubeObject): boolean {
  return recordAt(node, "spec").unschedulable === true;
}

export function isNodeReady(node: KubeObject): boolean {
  return arrayAt(node.status, "conditions").some(
    (condition) => isRecord(condition) && condition.type === "Ready" && condition.status === "True",
  );
}

export function podNodeName(pod: KubeObject): string | undefined {
  return stringAt(pod.spec, "nodeName");
}

export function podPhase(pod: KubeObject): string | undefined {
  return stringAt(pod.status, "phase");
}

export function podTolerations(pod: KubeObject): Toleration[] {
  return arrayAt(pod.spec, "tolerations") as Toleration[];
}

export function podContainerNames(pod: KubeObject): string[] {
  return arrayAt(pod.spec, "containers").map((container) => stringAt(container, "name") ?? "");
}

export function isPodReady(pod: KubeObject): boolean {
  return arrayAt(pod.status, "conditions").some(
    (condition) => isRecord(condition) && condition.type === "Ready" && condition.status === "True",
  );
}

export function controllerOf(object: KubeObject): OwnerReference | undefined {
  return object.metadata.ownerReferences?.find((owner) => owner.controller === true);
}

/** The scheduler's and taint manager's toleration rule (v1.Toleration.ToleratesTaint). */
export function tolerates(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  if (toleration.operator === "Exists") return true;
  if (!toleration.key) return false;
  return (toleration.value ?? "") === (taint.value ?? "");
}

export function untoleratedTaints(pod: KubeObject, taints: Taint[]): Taint[] {
  const tolerations = podTolerations(pod);
  return taints.filter((taint) => !tolerations.some((toleration) => tolerates(toleration, taint)));
}
