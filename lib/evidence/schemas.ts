import { z } from "zod";
import { EvidenceKind } from "@/lib/generated/prisma/enums";

export const EVIDENCE_KINDS = Object.values(EvidenceKind) as [EvidenceKind, ...EvidenceKind[]];
export const EVIDENCE_LIMITS = { title: 200, description: 10_000, tag: 40, tags: 20, reason: 1_000, sourceField: 253, fileName: 255 } as const;

export const ZEvidenceKind = z.enum(EVIDENCE_KINDS, { error: `Kind must be one of ${EVIDENCE_KINDS.join(", ")}` });
export const ZEvidenceReason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(3, "Give a reason of at least 3 characters")
  .max(EVIDENCE_LIMITS.reason, `Reasons are limited to ${EVIDENCE_LIMITS.reason} characters`);

const ZSourceField = z.string().trim().min(1).max(EVIDENCE_LIMITS.sourceField);
export const ZEvidenceSource = z
  .strictObject({
    cluster: ZSourceField.optional(),
    node: ZSourceField.optional(),
    namespace: ZSourceField.optional(),
    pod: ZSourceField.optional(),
    container: ZSourceField.optional(),
  })
  .default({});

const ZTags = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(EVIDENCE_LIMITS.tag, `Tags are limited to ${EVIDENCE_LIMITS.tag} characters`)
      .regex(/^[a-z0-9][a-z0-9:._-]*$/, "Tags use letters, digits and : . _ -"),
  )
  .max(EVIDENCE_LIMITS.tags, `At most ${EVIDENCE_LIMITS.tags} tags`)
  .default([]);

// Everything about an artefact except its bytes.
export const ZEvidenceMetadata = z.object({
  incidentId: z.string(),
  kind: ZEvidenceKind,
  title: z
    .string()
    .trim()
    .min(1, "Give the evidence a title")
    .max(EVIDENCE_LIMITS.title, `Titles are limited to ${EVIDENCE_LIMITS.title} characters`),
  description: z.string().trim().max(EVIDENCE_LIMITS.description).default(""),
  source: ZEvidenceSource,
  acquisitionMethod: z.string().trim().min(1, "Say how the evidence was acquired").max(200),
  mediaType: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;.*)?$/, "mediaType must be a media type such as text/plain")
    .max(200),
  fileName: z.string().max(EVIDENCE_LIMITS.fileName * 4).optional(),
  tags: ZTags,
  collectedAt: z.date().optional(),
});

// Provider metadata of an artefact held elsewhere (cloud disk snapshot, CSI
// VolumeSnapshot), recorded and hashed rather than copied.
export const ZEvidenceReference = z.object({
  provider: z.string().trim().min(1, "Name the provider (aws, gcp, azure, csi:<driver>)").max(100),
  snapshotId: z.string().trim().min(1, "Give the snapshot id").max(500),
  diskId: z.string().trim().max(500).optional(),
  region: z.string().trim().max(100).optional(),
  zone: z.string().trim().max(100).optional(),
  retainPolicy: z.string().trim().min(1, "Say how long the provider retains it (e.g. Retain)").max(200),
  metadata: z.record(z.string(), z.unknown()).default({}),
});

export const ZReferenceEvidenceInput = ZEvidenceMetadata.omit({ mediaType: true, fileName: true }).extend({
  kind: z.enum(["VOLUME_SNAPSHOT", "NODE_DISK_SNAPSHOT", "CONTAINER_CHECKPOINT", "MEMORY_IMAGE", "OTHER"], {
    error: "By-reference evidence is a VOLUME_SNAPSHOT, NODE_DISK_SNAPSHOT, CONTAINER_CHECKPOINT, MEMORY_IMAGE or OTHER",
  }),
  reference: ZEvidenceReference,
});
export type TReferenceEvidenceInput = z.input<typeof ZReferenceEvidenceInput>;

export const ZHoldInput = z.object({ on: z.boolean({ error: "on must be true (place) or false (lift)" }), reason: ZEvidenceReason });
export type THoldInput = z.input<typeof ZHoldInput>;

export const ZTransferInput = z.object({
  to: z.string().trim().min(1, "Say to whom the evidence was transferred").max(300),
  method: z.string().trim().min(1, "Say how it was transferred (e.g. encrypted USB, courier, SFTP)").max(300),
  reason: ZEvidenceReason,
});
export type TTransferInput = z.input<typeof ZTransferInput>;

export const ZDeletionInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("request"), reason: ZEvidenceReason }),
    z.object({ action: z.literal("approve"), reason: ZEvidenceReason.optional() }),
    z.object({ action: z.literal("reject"), reason: ZEvidenceReason }),
  ],
  { error: "action must be request (with a reason), approve or reject (with a reason)" },
);
export type TDeletionInput = z.input<typeof ZDeletionInput>;

export const ZExportInput = z.object({
  evidenceIds: z.array(z.string()).max(1000).optional(),
  reason: ZEvidenceReason,
});
export type TExportInput = z.input<typeof ZExportInput>;

export const ZReasonQuery = z.object({ reason: ZEvidenceReason });
