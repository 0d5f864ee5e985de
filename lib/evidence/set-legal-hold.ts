import "server-only";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { appendCustody, type PersonCustodyBy } from "./custody";
import { getEvidenceStore } from "./evidence-store-instance";
import { lockEvidenceFor } from "./find-evidence";
import { assertCanHandleEvidence } from "./incident-access";
import { type THoldInput, ZHoldInput } from "./schemas";

// Places or lifts a legal hold. The database flag is what Cordon enforces
// (no deletion while held); the store's own hold (filesystem marker, S3
// Object Lock) is added protection against removal outside Cordon.
export async function setLegalHold(by: PersonCustodyBy, evidenceId: string, input: THoldInput) {
  assertCanHandleEvidence(by.user);
  const { on, reason } = parseInput(ZHoldInput, input);
  const result = await transaction(async (tx) => {
    const row = await lockEvidenceFor(tx, by.user, evidenceId);
    if (row.deletedAt) throw conflict("This evidence was deleted; a hold can no longer apply to it");
    if (row.legalHold === on) throw conflict(on ? "This evidence is already under legal hold" : "This evidence is not under legal hold");
    await tx.evidence.update({ where: { id: row.id }, data: { legalHold: on }, select: { id: true } });
    // Another live record may share the object (same content): its hold
    // must keep the object held when this one is lifted.
    const othersHeld = row.location
      ? await tx.evidence.count({ where: { location: row.location, legalHold: true, deletedAt: null, id: { not: row.id } } })
      : 0;
    const action = on ? "hold_placed" : "hold_lifted";
    await appendCustody(tx, row.id, by, { action, reason });
    await recordIncidentChange(tx, by.actor, row.incidentId, {
      type: on ? "evidence_hold_placed" : "evidence_hold_lifted",
      body: reason,
      data: { evidenceId: row.id, title: row.title },
    });
    return { id: row.id, legalHold: on, location: row.location, othersHeld };
  });
  if (result.location && (on || result.othersHeld === 0)) await applyStoreHold(result.location, on);
  return { id: result.id, legalHold: result.legalHold };
}

async function applyStoreHold(location: string, on: boolean) {
  const store = getEvidenceStore();
  try {
    await store.setLegalHold?.(location, on);
  } catch (error) {
    // S3 without Object Lock refuses holds; the recorded hold still applies.
    log.warn({ err: error, location, on }, "the evidence store did not apply the legal hold; Cordon's hold still applies");
  }
}
