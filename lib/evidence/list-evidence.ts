import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { EVIDENCE_SELECT, toEvidenceView } from "./evidence-select";
import { assertIncidentVisible, canReadEvidenceDetails } from "./incident-access";

const ZListEvidenceQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export type EvidenceCounts = { total: number; deleted: number; onHold: number; failedVerification: number; byKind: Record<string, number> };

// An incident's evidence, newest first and keyset-paged. Executives get the
// counts only: what exists, not what it contains or who handled it.
export async function listEvidence(user: SessionUser, incidentId: string, input: unknown = {}) {
  const query = parseInput(ZListEvidenceQuery, input, "Query");
  await assertIncidentVisible(user, incidentId);
  const counts = await countEvidence(incidentId);
  if (!canReadEvidenceDetails(user)) return { counts, items: null, nextCursor: null };
  const after = query.cursor ? decodeEvidenceCursor(query.cursor) : null;
  const rows = await db.evidence.findMany({
    where: {
      incidentId,
      ...(after
        ? { OR: [{ collectedAt: { lt: after.collectedAt } }, { collectedAt: after.collectedAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ collectedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: EVIDENCE_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    counts,
    items: page.map(toEvidenceView),
    nextCursor: rows.length > query.limit && last ? encodeEvidenceCursor(last.collectedAt, last.id) : null,
  };
}

async function countEvidence(incidentId: string): Promise<EvidenceCounts> {
  const [byKind, deleted, onHold, failedVerification] = await Promise.all([
    db.evidence.groupBy({ by: ["kind"], where: { incidentId, deletedAt: null }, _count: { _all: true } }),
    db.evidence.count({ where: { incidentId, deletedAt: { not: null } } }),
    db.evidence.count({ where: { incidentId, deletedAt: null, legalHold: true } }),
    db.evidence.count({ where: { incidentId, deletedAt: null, verificationStatus: { in: ["mismatch", "missing"] } } }),
  ]);
  const kinds = Object.fromEntries(byKind.map((group) => [group.kind, group._count._all]));
  const total = byKind.reduce((sum, group) => sum + group._count._all, 0);
  return { total, deleted, onHold, failedVerification, byKind: kinds };
}

function encodeEvidenceCursor(collectedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([collectedAt.toISOString(), id])).toString("base64url");
}

function decodeEvidenceCursor(value: string): { collectedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [unknown, unknown];
    const collectedAt = new Date(String(at));
    if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(collectedAt.getTime())) throw new Error("shape");
    return { collectedAt, id };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}

export type EvidenceListPage = Awaited<ReturnType<typeof listEvidence>>;
