import "server-only";
import { hashStream } from "../hashing/hash-stream";
import { normalizeSha256 } from "../hashing/sha256-hex";
import type { EvidenceStore } from "./evidence-store";

export type ObjectVerification = {
  ok: boolean;
  expected: string;
  // null when the object is missing from the store.
  actual: string | null;
  size: number | null;
};

// Re-reads the stored bytes end to end: a stat or an ETag would not notice a
// changed byte.
export async function verifyStoredObject(
  store: EvidenceStore,
  location: string,
  expectedSha256: string,
  signal?: AbortSignal,
): Promise<ObjectVerification> {
  const expected = normalizeSha256(expectedSha256);
  if ((await store.stat(location)) === null) return { ok: false, expected, actual: null, size: null };
  const { sha256, size } = await hashStream(await store.get(location), signal);
  return { ok: sha256 === expected, expected, actual: sha256, size };
}
