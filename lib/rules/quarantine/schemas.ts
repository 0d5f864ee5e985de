// The product API's cluster-action request, validated at the boundary. A
// request that would destroy evidence fails with the refusal's explanation
// before the shape is even looked at.
import { z } from "zod";
import { isValidIncidentId } from "./names";
import { refuseDestructive } from "./refuse-destructive";
import { CLUSTER_ACTIONS } from "./types";

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SERVICE_NAME = /^[A-Za-z0-9._@:/-]+$/;

export const ZIncidentId = z
  .string({ error: "incidentId is required" })
  .refine(isValidIncidentId, "incidentId must be usable as a Kubernetes label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");

const objectName = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .max(253, `${what} is at most 253 characters`)
    .regex(DNS_SUBDOMAIN, `${what} must be a Kubernetes object name: lowercase letters, digits, '-' and '.'`);

const ZNamespace = z
  .string({ error: "namespace is required" })
  .max(63, "namespace is at most 63 characters")
  .regex(DNS_LABEL, "namespace must be lowercase letters, digits and '-'");

const ZContainer = z.string().max(63, "container is at most 63 characters").regex(DNS_LABEL, "container must be lowercase letters, digits and '-'");

const ZTime = z.iso.datetime({ offset: true, error: "use an ISO 8601 time with a zone, e.g. 2026-11-02T09:30:00Z" });

export const ZPodRef = z.strictObject({ namespace: ZNamespace, name: objectName("pod name") });

export const ZNodeTarget = z.strictObject({
  node: objectName("node"),
  suspectPods: z.array(ZPodRef).max(100, "at most 100 suspect pods per action").default([]),
});

export const ZPodTarget = z.strictObject({
  namespace: ZNamespace,
  pod: objectName("pod"),
  container: ZContainer.optional(),
});

const ZAnyTarget = z.union([ZNodeTarget, ZPodTarget], {
  error: "target must be a node ({ node, suspectPods? }) or a pod ({ namespace, pod, container? })",
});

const common = { incidentId: ZIncidentId, dryRun: z.boolean().default(false) };
const noOptions = z.strictObject({}).default({});

const ZQuarantineNode = z.strictObject({
  ...common,
  action: z.literal("quarantine_node"),
  target: ZNodeTarget,
  options: z.strictObject({ moveOtherWorkloads: z.boolean().default(false) }).default({ moveOtherWorkloads: false }),
});

const ZIsolatePod = z.strictObject({
  ...common,
  action: z.literal("isolate_pod"),
  target: ZPodTarget,
  options: z.strictObject({ detachFromController: z.boolean().default(false) }).default({ detachFromController: false }),
});

const ZCollectPodLogs = z.strictObject({
  ...common,
  action: z.literal("collect_pod_logs"),
  target: ZPodTarget,
  // `previous` unset: collect the current logs and, where a container restarted, the previous ones.
  options: z
    .strictObject({ previous: z.boolean().optional(), timestamps: z.boolean().default(true), sinceTime: ZTime.optional() })
    .default({ timestamps: true }),
});

const ZCollectNodeLogs = z.strictObject({
  ...common,
  action: z.literal("collect_node_logs"),
  target: ZNodeTarget,
  options: z
    .strictObject({
      services: z
        .array(z.string().max(100).regex(SERVICE_NAME, "a service is a journald unit or log file name, e.g. kubelet"))
        .min(1)
        .max(10)
        .default(["kubelet"]),
      sinceTime: ZTime.optional(),
      untilTime: ZTime.optional(),
    })
    .default({ services: ["kubelet"] }),
});

const ZCollectEvents = z.strictObject({ ...common, action: z.literal("collect_events"), target: ZAnyTarget, options: noOptions });
const ZCollectManifests = z.strictObject({ ...common, action: z.literal("collect_manifests"), target: ZAnyTarget, options: noOptions });

const ZCheckpointContainer = z.strictObject({
  ...common,
  action: z.literal("checkpoint_container"),
  target: ZPodTarget.refine((t) => t.container !== undefined, {
    message: "checkpoint_container needs target.container: the kubelet checkpoints one container at a time",
    path: ["container"],
  }),
  options: z.strictObject({ timeoutSeconds: z.number().int().min(1).max(600).optional() }).default({}),
});

const ZSnapshotVolume = z.strictObject({
  ...common,
  action: z.literal("snapshot_volume"),
  target: ZPodTarget,
  options: z.strictObject({
    pvcName: objectName("pvcName"),
    // Unset: Cordon picks a class whose deletionPolicy is Retain.
    snapshotClassName: objectName("snapshotClassName").optional(),
  }),
});

const ZRelease = z.strictObject({ ...common, action: z.literal("release"), target: ZAnyTarget, options: noOptions });

const ZClusterActionShape = z.discriminatedUnion(
  "action",
  [ZQuarantineNode, ZIsolatePod, ZCollectPodLogs, ZCollectNodeLogs, ZCollectEvents, ZCollectManifests, ZCheckpointContainer, ZSnapshotVolume, ZRelease],
  { error: `action must be one of: ${CLUSTER_ACTIONS.join(", ")}` },
);

export const ZClusterActionRequest = z
  .unknown()
  .superRefine((input, ctx) => {
    const refusal = refuseDestructive(input);
    if (refusal) ctx.addIssue({ code: "custom", message: refusal.message, params: { refusal: refusal.rule } });
  })
  .pipe(ZClusterActionShape);

export type TClusterActionRequest = z.infer<typeof ZClusterActionShape>;
export type TClusterActionRequestInput = z.input<typeof ZClusterActionShape>;
