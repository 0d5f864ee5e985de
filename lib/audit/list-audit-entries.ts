import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SYSTEM_ACTOR_FILTER, type TAuditFilters } from "./schemas";

// Newest first, paged by sequence number (keyset), so deep pages stay fast;
// every filter has an index ending in seq (see the schema).
export async function listAuditEntries(query: TAuditFilters) {
  const rows = await db.auditEntry.findMany({
    where: whereOf(query),
    orderBy: { seq: "desc" },
    take: query.limit + 1,
    select: { seq: true, at: true, actorId: true, actorLabel: true, action: true, targetType: true, targetId: true, data: true, hash: true, prevHash: true },
  });
  const page = rows.slice(0, query.limit);
  const incidentOfEvidence = await findIncidentsOfEvidence(page);
  const entries = page.map((row) => ({
    ...row,
    seq: row.seq.toString(),
    // Evidence has no page of its own; its incident's page lists it.
    ...(row.targetType === "evidence" && row.targetId ? { targetIncidentId: incidentOfEvidence.get(row.targetId) ?? null } : {}),
  }));
  return { entries, nextBefore: rows.length > query.limit ? page[page.length - 1]!.seq.toString() : null };
}

export type AuditEntryView = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

function whereOf(query: TAuditFilters): Prisma.AuditEntryWhereInput {
  return {
    ...(query.before ? { seq: { lt: query.before } } : {}),
    ...(query.actor ? { actorId: query.actor === SYSTEM_ACTOR_FILTER ? null : query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
  };
}

async function findIncidentsOfEvidence(rows: { targetType: string; targetId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((row) => row.targetType === "evidence" && row.targetId).map((row) => row.targetId!))];
  if (ids.length === 0) return new Map();
  const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const evidence = await db.evidence.findMany({ where: { id: { in: uuids } }, select: { id: true, incidentId: true } });
  return new Map(evidence.map((item) => [item.id, item.incidentId]));
}
