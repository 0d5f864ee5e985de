import "server-only";
import { AppError } from "@/lib/errors";
import { hashCanonicalJson } from "./canonical-json";
import type { EvidenceRow } from "./evidence-select";
import { getEvidenceStore } from "./evidence-store-instance";
import { verifyStoredObject } from "./storage/verify-object";

export type IntegrityStatus = "ok" | "mismatch" | "missing";
export type IntegrityResult = { status: IntegrityStatus; expected: string; actual: string | null; size: number | null };

// Re-hashes what the record points at: the stored bytes end to end, or the
// provider metadata of by-reference evidence. Storage being unreachable is
// an error (nothing is known), not a "missing" result.
export async function checkIntegrity(
  row: Pick<EvidenceRow, "sha256" | "location" | "reference">,
  signal?: AbortSignal,
): Promise<IntegrityResult> {
  if (row.location === null) {
    const { sha256, size } = hashCanonicalJson(row.reference ?? {});
    return { status: sha256 === row.sha256 ? "ok" : "mismatch", expected: row.sha256, actual: sha256, size };
  }
  try {
    const result = await verifyStoredObject(getEvidenceStore(), row.location, row.sha256, signal);
    const status = result.actual === null ? "missing" : result.ok ? "ok" : "mismatch";
    return { status, expected: result.expected, actual: result.actual, size: result.size };
  } catch (error) {
    // Gone between the existence check and the read.
    if (error instanceof AppError && error.code === "NOT_FOUND") return { status: "missing", expected: row.sha256, actual: null, size: null };
    throw error;
  }
}
