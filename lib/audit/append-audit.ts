import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { GENESIS_HASH, hashAuditEntry } from "./hash";

export type AuditRecord = {
  action: string;
  targetType: string;
  targetId?: string | null;
  data?: Record<string, unknown>;
};

// Any fixed number works; it only has to be the same for every writer.
const AUDIT_CHAIN_LOCK = 7_340_001;

// Appends an entry inside the caller's transaction, so the record and the
// change it describes commit or roll back together. The advisory lock makes
// concurrent writers take turns at the end of the chain.
export async function appendAudit(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const seq = (last?.seq ?? 0n) + 1n;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  const data = JSON.parse(JSON.stringify(record.data ?? {})) as Prisma.InputJsonObject;
  const entry = {
    seq,
    at,
    actorId: actor.id,
    actorLabel: actor.label,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId ?? null,
    data,
    prevHash,
  };
  await tx.auditEntry.create({ data: { ...entry, hash: hashAuditEntry(entry) }, select: { seq: true } });
}
