import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

// The chain starts from a fixed value so the first entry is checkable too.
export const GENESIS_HASH = "0".repeat(64);

export type AuditHashInput = {
  seq: bigint;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data: unknown;
  prevHash: string;
};

// RFC 8785 canonical JSON, so the same entry always hashes the same way no
// matter how PostgreSQL's jsonb reorders its keys.
export function hashAuditEntry(entry: AuditHashInput): string {
  const canonical = canonicalize({
    seq: entry.seq.toString(),
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    data: entry.data ?? {},
    prevHash: entry.prevHash,
  });
  return createHash("sha256").update(canonical ?? "").digest("hex");
}
