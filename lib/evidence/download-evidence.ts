import "server-only";
import type { Readable } from "node:stream";
import { transaction } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { appendCustody, type PersonCustodyBy } from "./custody";
import { sanitizeDisplayName } from "./display-name";
import { findEvidenceFor } from "./find-evidence";
import { assertCanReadEvidenceDetails } from "./incident-access";
import { openEvidenceContent } from "./open-evidence-content";
import { ZEvidenceReason } from "./schemas";

export type EvidenceDownload = { stream: Readable; fileName: string; mediaType: string; size: number; sha256: string };

// A download is a handling of the evidence: the reason is required and the
// custody event commits before the first byte leaves, so no copy exists
// off the record.
export async function downloadEvidence(by: PersonCustodyBy, evidenceId: string, reason: unknown): Promise<EvidenceDownload> {
  assertCanReadEvidenceDetails(by.user);
  const why = parseInput(ZEvidenceReason.describe("reason"), reason, "Reason");
  const row = await findEvidenceFor(by.user, evidenceId);
  const stream = await openEvidenceContent(row);
  try {
    await transaction(async (tx) => {
      await appendCustody(tx, row.id, by, { action: "downloaded", reason: why, data: { sha256: row.sha256, size: Number(row.size) } });
    });
  } catch (error) {
    stream.destroy();
    throw error;
  }
  const fileName = sanitizeDisplayName(row.fileName) ?? `evidence-${row.id}${row.location === null ? ".json" : ""}`;
  return {
    stream,
    fileName,
    mediaType: row.location === null ? "application/json" : row.mediaType,
    size: Number(row.size),
    sha256: row.sha256,
  };
}
