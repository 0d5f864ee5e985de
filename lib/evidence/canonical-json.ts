import { createHash } from "node:crypto";

// JSON with object keys sorted at every level and no whitespace, so the same
// provider metadata always hashes the same however it was assembled or
// stored (PostgreSQL's jsonb reorders keys).
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
  }
  return value;
}

export function hashCanonicalJson(value: unknown): { sha256: string; size: number; text: string } {
  const text = canonicalJson(value);
  const bytes = Buffer.from(text, "utf8");
  return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length, text };
}
