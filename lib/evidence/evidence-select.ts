import type { Prisma } from "@/lib/generated/prisma/client";

// Every field of an Evidence record that any reader may see (deletion
// bookkeeping included: a tombstone stays on the record).
export const EVIDENCE_SELECT = {
  id: true,
  incidentId: true,
  kind: true,
  title: true,
  description: true,
  tags: true,
  sourceCluster: true,
  sourceNode: true,
  sourceNamespace: true,
  sourcePod: true,
  sourceContainer: true,
  acquisitionMethod: true,
  fileName: true,
  mediaType: true,
  sha256: true,
  size: true,
  storageBackend: true,
  location: true,
  reference: true,
  collectedById: true,
  collectedBy: true,
  collectedAt: true,
  legalHold: true,
  verificationStatus: true,
  lastVerifiedAt: true,
  deletionRequestedById: true,
  deletionRequestedAt: true,
  deletionReason: true,
  deletedAt: true,
  deletedById: true,
  createdAt: true,
} as const satisfies Prisma.EvidenceSelect;

export type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof EVIDENCE_SELECT }>;

// Sizes up to 2^53 bytes are exact as numbers, which JSON clients expect.
export function toEvidenceView(row: EvidenceRow) {
  return { ...row, size: Number(row.size), byReference: row.location === null };
}

export type EvidenceView = ReturnType<typeof toEvidenceView>;

export const CUSTODY_SELECT = {
  id: true,
  at: true,
  actorId: true,
  actorLabel: true,
  action: true,
  reason: true,
  address: true,
  userAgent: true,
  data: true,
} as const satisfies Prisma.CustodyEventSelect;

export type CustodyRow = Prisma.CustodyEventGetPayload<{ select: typeof CUSTODY_SELECT }>;

export function toCustodyView(row: CustodyRow) {
  return { ...row, id: row.id.toString() };
}

export type CustodyView = ReturnType<typeof toCustodyView>;
