import { z } from "zod";
import { refuseDestructive, ZClusterActionRequest, ZNodeTarget, type TClusterActionRequest } from "@/lib/rules/quarantine";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const SANDBOX_CLUSTER_NAME = "sandbox";
const MAX_KUBECONFIG_BYTES = 256 * 1024;

const ZClusterName = z
  .string({ error: "Give the cluster a name" })
  .trim()
  .min(2, "Cluster names have at least 2 characters")
  .max(63, "Cluster names are at most 63 characters")
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "Use lowercase letters, digits and '-', e.g. prod-eu-west-1");

const ZKubeconfig = z
  .string({ error: "Paste the kubeconfig (YAML)" })
  .min(1, "Paste the kubeconfig (YAML)")
  .max(MAX_KUBECONFIG_BYTES, "The kubeconfig is larger than 256 KiB; paste only the one context Cordon needs");

// Either a pasted kubeconfig or Cordon's own service account when it runs
// inside the cluster it acts on.
export const ZRegisterClusterInput = z
  .strictObject({ name: ZClusterName, kubeconfig: ZKubeconfig.optional(), inCluster: z.boolean().default(false) })
  .refine((input) => input.inCluster !== (input.kubeconfig !== undefined), {
    message: "Send either a kubeconfig or inCluster: true (not both)",
    path: ["kubeconfig"],
  })
  .refine((input) => input.name !== SANDBOX_CLUSTER_NAME, {
    message: `The name "${SANDBOX_CLUSTER_NAME}" is reserved for the built-in sandbox cluster`,
    path: ["name"],
  });
export type TRegisterClusterInput = z.input<typeof ZRegisterClusterInput>;

export const ZUpdateClusterCredentialsInput = z.strictObject({ kubeconfig: ZKubeconfig });
export type TUpdateClusterCredentialsInput = z.input<typeof ZUpdateClusterCredentialsInput>;

export const ZPodSearchQuery = z.object({
  node: z.string().max(253).optional(),
  namespace: z.string().max(63).optional(),
  q: z.string().trim().max(253).optional(),
});
export type TPodSearchQuery = z.input<typeof ZPodSearchQuery>;

// The request body of POST /incidents/{id}/cluster-actions; the incident
// comes from the path.
const ZActionEnvelope = z.looseObject({
  clusterId: z.uuid("clusterId must be the id of a registered cluster"),
  action: z.string({ error: "Name the action, e.g. quarantine_node" }).max(60),
  target: z.unknown(),
  options: z.unknown().optional(),
  dryRun: z.boolean({ error: "dryRun must be true or false" }).default(false),
  reason: z.string().trim().max(1_000, "Reasons are limited to 1000 characters").optional(),
});

// Not part of the shared request schema in lib/rules: whether it can run
// depends on the cluster's stored cloud provider, checked when it runs.
const ZSnapshotNodeDisk = z.strictObject({
  incidentId: z.string(),
  action: z.literal("snapshot_node_disk"),
  target: ZNodeTarget,
  options: z.strictObject({}).default({}),
  dryRun: z.boolean().default(false),
});

export type TSnapshotNodeDiskRequest = z.infer<typeof ZSnapshotNodeDisk>;
export type TActionRequest = TClusterActionRequest | TSnapshotNodeDiskRequest;
export type ClusterActionName = TActionRequest["action"];

export const ACTION_LABELS: Record<ClusterActionName, string> = {
  quarantine_node: "Quarantine node",
  isolate_pod: "Isolate pod",
  collect_pod_logs: "Collect pod logs",
  collect_node_logs: "Collect node logs",
  collect_events: "Collect events",
  collect_manifests: "Collect manifests",
  checkpoint_container: "Checkpoint container",
  snapshot_volume: "Snapshot volume",
  snapshot_node_disk: "Snapshot node disk",
  release: "Release quarantine",
};

/**
 * Validates an action request. A request that would destroy evidence is
 * refused with the reason before its shape is looked at, so the person
 * learns why rather than "unknown action".
 */
export function parseActionRequest(incidentId: string, body: unknown): { clusterId: string; request: TActionRequest; reason: string | null } {
  const refusal = refuseDestructive(body);
  if (refusal) throw badRequest(refusal.message, { action: [refusal.message] });
  const envelope = parseInput(ZActionEnvelope, body);
  const candidate = { incidentId, action: envelope.action, target: envelope.target, options: envelope.options, dryRun: envelope.dryRun };
  const schema = envelope.action === "snapshot_node_disk" ? ZSnapshotNodeDisk : ZClusterActionRequest;
  return { clusterId: envelope.clusterId, request: parseInput(schema, candidate) as TActionRequest, reason: envelope.reason || null };
}

// Saying no needs a reason: the requester reads it and decides what to do next.
export const ZRejectActionInput = z.strictObject({
  reason: z.string({ error: "Say why you reject it" }).trim().min(3, "Say why you reject it (at least 3 characters)").max(1_000, "Reasons are limited to 1000 characters"),
});
export type TRejectActionInput = z.input<typeof ZRejectActionInput>;
