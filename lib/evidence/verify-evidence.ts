import "server-only";
import { conflict } from "@/lib/errors";
import { checkIntegrity } from "./check-integrity";
import type { PersonCustodyBy } from "./custody";
import { findEvidenceFor } from "./find-evidence";
import { assertCanHandleEvidence } from "./incident-access";
import { recordVerification } from "./record-verification";

// A person's "Verify": re-hash from storage now and record the result.
export async function verifyEvidence(by: PersonCustodyBy, evidenceId: string) {
  assertCanHandleEvidence(by.user);
  const row = await findEvidenceFor(by.user, evidenceId);
  if (row.deletedAt) throw conflict("This evidence was deleted; only its record remains, so there is nothing to verify");
  const result = await checkIntegrity(row);
  return recordVerification(by, row, result, "manual");
}
