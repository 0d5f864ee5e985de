import "server-only";
import { z } from "zod";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { appendCustody, type PersonCustodyBy } from "./custody";
import { findEvidenceFor } from "./find-evidence";
import { assertCanReadEvidenceDetails } from "./incident-access";
import { openEvidenceContent, previewKindOf, readPrefix } from "./open-evidence-content";
import { ZEvidenceReason } from "./schemas";

const PREVIEW_BYTES = 256 * 1024;
const ZPreviewQuery = z.object({
  lines: z.coerce.number().int().min(1).max(2000).default(200),
  reason: ZEvidenceReason.default("Preview in the war room"),
});

// The first lines of a text log, or a JSON document pretty-printed. Viewing
// is a handling too, recorded as "viewed".
export async function previewEvidence(by: PersonCustodyBy, evidenceId: string, input: unknown = {}) {
  assertCanReadEvidenceDetails(by.user);
  const query = parseInput(ZPreviewQuery, input, "Query");
  const row = await findEvidenceFor(by.user, evidenceId);
  const kind = previewKindOf(row);
  if (!kind) throw badRequest(`There is no preview for ${row.mediaType}; download it instead`);
  const { bytes, truncated } = await readPrefix(await openEvidenceContent(row), PREVIEW_BYTES);
  await transaction(async (tx) => {
    await appendCustody(tx, row.id, by, { action: "viewed", reason: query.reason, data: { bytesRead: bytes.length } });
  });
  const text = bytes.toString("utf8");
  if (kind === "json" && !truncated) {
    try {
      return { kind, text: JSON.stringify(JSON.parse(text), null, 2), truncated: false, totalLines: null };
    } catch {
      // Not valid JSON after all: show it as text rather than fail.
    }
  }
  const allLines = text.split("\n");
  // A cut at the byte limit may split the last line (or a UTF-8 character);
  // otherwise the final newline leaves an empty "line" that is not one.
  if (truncated || allLines[allLines.length - 1] === "") allLines.pop();
  const lines = allLines.slice(0, query.lines);
  return { kind: "text" as const, text: lines.join("\n"), truncated: truncated || allLines.length > lines.length, totalLines: truncated ? null : allLines.length };
}

export type EvidencePreview = Awaited<ReturnType<typeof previewEvidence>>;
