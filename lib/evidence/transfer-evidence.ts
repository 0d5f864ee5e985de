import "server-only";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import { appendCustody, type PersonCustodyBy } from "./custody";
import { lockEvidenceFor } from "./find-evidence";
import { assertCanHandleEvidence } from "./incident-access";
import { type TTransferInput, ZTransferInput } from "./schemas";

// Records a hand-over outside Cordon (to counsel, police, an outside
// forensics firm): to whom, how, and why.
export async function transferEvidence(by: PersonCustodyBy, evidenceId: string, input: TTransferInput) {
  assertCanHandleEvidence(by.user);
  const { to, method, reason } = parseInput(ZTransferInput, input);
  return transaction(async (tx) => {
    const row = await lockEvidenceFor(tx, by.user, evidenceId);
    if (row.deletedAt) throw conflict("This evidence was deleted; only its record remains, so there is nothing to transfer");
    await appendCustody(tx, row.id, by, { action: "transferred", reason, data: { to, method, sha256: row.sha256 } });
    await recordIncidentChange(tx, by.actor, row.incidentId, {
      type: "evidence_transferred",
      body: reason,
      data: { evidenceId: row.id, title: row.title, to, method },
    });
    return { id: row.id, to, method };
  });
}
