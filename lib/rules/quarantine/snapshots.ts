// Turns API objects (JSON as the API server returns them) into the snapshots
// the planners read, and classifies pods the way `kubectl drain` does.
import { z } from "zod";
import { MIRROR_POD_ANNOTATION } from "./names";
import type { NodeSnapshot, PodRef, PodSnapshot, Taint } from "./types";

const ZStringMap = z.record(z.string(), z.string()).optional();

const ZMetadata = z.looseObject({
  name: z.string().min(1),
  namespace: z.string().optional(),
  uid: z.string().optional(),
  resourceVersion: z.string().optional(),
  labels: ZStringMap,
  annotations: ZStringMap,
  ownerReferences: z
    .array(
      z.looseObject({
        apiVersion: z.string().optional(),
        kind: z.string(),
        name: z.string(),
        uid: z.string().optional(),
        controller: z.boolean().optional(),
      }),
    )
    .optional(),
});

const ZTaint = z.looseObject({
  key: z.string(),
  value: z.string().optional(),
  effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]),
  timeAdded: z.string().optional(),
});

const ZNodeObject = z.looseObject({
  metadata: ZMetadata,
  spec: z.looseObject({ unschedulable: z.boolean().optional(), taints: z.array(ZTaint).optional() }).optional(),
});

const ZPodObject = z.looseObject({
  metadata: ZMetadata.extend({ namespace: z.string().min(1) }),
  spec: z.looseObject({ nodeName: z.string().optional() }).optional(),
  status: z.looseObject({ phase: z.string().optional() }).optional(),
});

function copyTaint(taint: z.infer<typeof ZTaint>): Taint {
  return {
    key: taint.key,
    ...(taint.value !== undefined ? { value: taint.value } : {}),
    effect: taint.effect,
    ...(taint.timeAdded !== undefined ? { timeAdded: taint.timeAdded } : {}),
  };
}

/** Throws a TypeError naming the problem when the object is not a Node. */
export function toNodeSnapshot(object: unknown): NodeSnapshot {
  const parsed = ZNodeObject.safeParse(object);
  if (!parsed.success) throw new TypeError(`not a Node object: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const { metadata, spec } = parsed.data;
  return {
    name: metadata.name,
    ...(metadata.uid ? { uid: metadata.uid } : {}),
    resourceVersion: metadata.resourceVersion ?? "",
    ...(spec?.unschedulable !== undefined ? { unschedulable: spec.unschedulable } : {}),
    ...(spec?.taints !== undefined ? { taints: spec.taints.map(copyTaint) } : {}),
    labels: { ...metadata.labels },
    annotations: { ...metadata.annotations },
  };
}

export function toPodSnapshot(object: unknown): PodSnapshot {
  const parsed = ZPodObject.safeParse(object);
  if (!parsed.success) throw new TypeError(`not a Pod object: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const { metadata, spec, status } = parsed.data;
  return {
    namespace: metadata.namespace,
    name: metadata.name,
    ...(metadata.uid ? { uid: metadata.uid } : {}),
    ...(spec?.nodeName ? { nodeName: spec.nodeName } : {}),
    ...(status?.phase ? { phase: status.phase } : {}),
    labels: { ...metadata.labels },
    annotations: { ...metadata.annotations },
    ownerReferences: (metadata.ownerReferences ?? []).map((owner) => ({
      ...(owner.apiVersion ? { apiVersion: owner.apiVersion } : {}),
      kind: owner.kind,
      name: owner.name,
      ...(owner.uid ? { uid: owner.uid } : {}),
      ...(owner.controller !== undefined ? { controller: owner.controller } : {}),
    })),
  };
}

export function controllerOf(pod: PodSnapshot) {
  return pod.ownerReferences.find((owner) => owner.controller === true);
}

/** The DaemonSet controller would put the pod straight back, so moving it is pointless. */
export function isDaemonSetPod(pod: PodSnapshot): boolean {
  return pod.ownerReferences.some((owner) => owner.kind === "DaemonSet");
}

/** Static pods belong to the kubelet; the API object is a read-only mirror. */
export function isMirrorPod(pod: PodSnapshot): boolean {
  return Object.hasOwn(pod.annotations, MIRROR_POD_ANNOTATION);
}

export function isTerminalPod(pod: PodSnapshot): boolean {
  return pod.phase === "Succeeded" || pod.phase === "Failed";
}

export function samePod(pod: PodSnapshot | PodRef, ref: PodRef): boolean {
  return pod.namespace === ref.namespace && pod.name === ref.name;
}
