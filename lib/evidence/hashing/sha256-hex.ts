import { badRequest } from "@/lib/errors";
import { HashMismatchError } from "./hash-errors";

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(value: unknown): value is string {
  return typeof value === "string" && SHA256_HEX.test(value);
}

// People paste hashes from sha256sum, certutil (upper case) or with stray
// spaces; everything downstream compares the canonical lower-case form.
export function normalizeSha256(value: string): string {
  const normalized = value.trim().toLowerCase();
  if (!SHA256_HEX.test(normalized)) {
    throw badRequest("A SHA-256 must be 64 hexadecimal characters", { sha256: ["Not a SHA-256 hash"] });
  }
  return normalized;
}

export function assertExpectedSha256(expected: string | undefined, actual: string, what?: string): void {
  if (expected === undefined) return;
  const canonical = normalizeSha256(expected);
  if (canonical !== actual) throw new HashMismatchError(canonical, actual, what);
}
