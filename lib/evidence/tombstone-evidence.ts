import "server-only";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { log } from "@/lib/log";
import { appendCustody, type CustodyBy } from "./custody";
import { getEvidenceStore } from "./evidence-store-instance";
import { removeUnreferencedObject } from "./remove-unreferenced-object";

type Deletable = { id: string; incidentId: string; title: string; legalHold: boolean; deletedAt: Date | null; sha256: string };

export function assertDeletable(row: Deletable): void {
  if (row.deletedAt) throw conflict("This evidence was already deleted");
  if (row.legalHold) throw conflict("This evidence is under legal hold and cannot be deleted; lift the hold first (with a reason)");
}

// Marks the record deleted: the row and its whole custody record stay, with
// who, when and why; only the stored bytes go (after commit, see below).
export async function tombstoneEvidence(
  tx: Tx,
  by: CustodyBy & { user: { id: string } },
  row: Deletable,
  facts: { reason: string; requestedById: string; requestedAt: Date; approvedBy?: string },
) {
  assertDeletable(row);
  const at = new Date();
  await tx.evidence.update({
    where: { id: row.id },
    data: {
      deletedAt: at,
      deletedById: by.user.id,
      deletionReason: facts.reason,
      deletionRequestedById: facts.requestedById,
      deletionRequestedAt: facts.requestedAt,
    },
    select: { id: true },
  });
  const data = { sha256: row.sha256, requestedById: facts.requestedById, ...(facts.approvedBy ? { approvedBy: facts.approvedBy } : {}) };
  await appendCustody(tx, row.id, by, { action: "deleted", reason: facts.reason, at, data });
  await recordIncidentChange(tx, by.actor, row.incidentId, {
    type: "evidence_deleted",
    body: facts.reason,
    data: { evidenceId: row.id, title: row.title, ...data },
  });
}

// After the tombstone commits. A failure leaves bytes without a live record,
// which is logged for an operator rather than undoing a recorded deletion.
export async function purgeDeletedObject(location: string | null): Promise<void> {
  if (!location) return;
  try {
    await removeUnreferencedObject(getEvidenceStore(), location);
  } catch (error) {
    log.error({ err: error, location }, "evidence was deleted but its stored object could not be removed");
  }
}
