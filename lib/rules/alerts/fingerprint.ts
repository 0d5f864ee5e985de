import { createHash } from "node:crypto";

// A stable key from the parts that make two alerts "the same"; a missing part
// counts as empty, so a pod-less alert still has one.
export function fingerprintOf(parts: readonly (string | null | undefined)[]): string {
  const joined = parts.map((part) => (part ?? "").replaceAll("\u0000", "")).join("\u0000");
  return createHash("sha256").update(joined).digest("hex").slice(0, 32);
}

export function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

export function textOrNull(value: unknown, max = 253): string | null {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value !== "string" || value.trim() === "") return null;
  return truncate(value.trim(), max);
}
