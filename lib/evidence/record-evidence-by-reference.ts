import "server-only";
import { transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { hashCanonicalJson } from "./canonical-json";
import { appendCustody } from "./custody";
import { descriptiveColumns } from "./descriptive-columns";
import { assertCanHandleEvidence, lockIncidentForNewEvidence } from "./incident-access";
import type { IngestBy, IngestedEvidence } from "./ingest-evidence";
import { type TReferenceEvidenceInput, ZReferenceEvidenceInput } from "./schemas";

export const REFERENCE_MEDIA_TYPE = "application/vnd.cordon.evidence-reference+json";

/**
 * Records an artefact that stays with its provider (a cloud disk snapshot, a
 * CSI VolumeSnapshot): provider, ids, region/zone, retain policy and the
 * provider's metadata are kept in `reference`, and `sha256`/`size` describe
 * that metadata in canonical JSON, so a later change to the record shows up
 * on verification.
 */
export async function recordEvidenceByReference(input: TReferenceEvidenceInput, by: IngestBy): Promise<IngestedEvidence> {
  const meta = parseInput(ZReferenceEvidenceInput, input);
  assertCanHandleEvidence(by.user);
  const reference = JSON.parse(JSON.stringify(meta.reference)) as Prisma.InputJsonObject;
  const { sha256, size } = hashCanonicalJson(reference);
  const collectedAt = meta.collectedAt ?? new Date();
  const id = await transaction(async (tx) => {
    await lockIncidentForNewEvidence(tx, by.user, meta.incidentId);
    const row = await tx.evidence.create({
      data: {
        ...descriptiveColumns(meta),
        mediaType: REFERENCE_MEDIA_TYPE,
        sha256,
        size: BigInt(size),
        reference,
        collectedById: by.user?.id ?? null,
        collectedBy: by.user ? `${by.user.name} <${by.user.email}>` : by.actor.label,
        collectedAt,
      },
      select: { id: true },
    });
    const facts = { sha256, provider: meta.reference.provider, snapshotId: meta.reference.snapshotId };
    await appendCustody(tx, row.id, by, { action: "collected", at: collectedAt, data: { method: meta.acquisitionMethod, source: meta.source, ...facts } });
    await appendCustody(tx, row.id, by, { action: "stored", data: { byReference: true, retainPolicy: meta.reference.retainPolicy, ...facts } });
    await recordIncidentChange(tx, by.actor, meta.incidentId, {
      type: "evidence_added",
      data: { evidenceId: row.id, kind: meta.kind, title: meta.title, byReference: true, ...facts },
    });
    return row.id;
  });
  return { id, sha256, size };
}
