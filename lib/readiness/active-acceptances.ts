import "server-only";
import { db } from "@/lib/db";
import type { Acceptance } from "@/lib/rules/readiness/apply-acceptances";

/**
 * Acceptances in force at `at` for one cluster (or, with null, for the
 * plan): accepted by then, not yet expired, not revoked by then. An expired
 * acceptance simply stops matching, so its finding is back.
 */
export async function activeAcceptances(clusterId: string | null, at: Date): Promise<(Acceptance & { clusterId: string | null; acceptedAt: Date })[]> {
  const rows = await db.riskAcceptance.findMany({
    where: { clusterId, acceptedAt: { lte: at }, expiresAt: { gt: at }, OR: [{ revokedAt: null }, { revokedAt: { gt: at } }] },
    orderBy: { acceptedAt: "desc" },
    select: { id: true, clusterId: true, checkId: true, objectKey: true, reason: true, expiresAt: true, acceptedAt: true, acceptedById: true },
  });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.acceptedById))] } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return rows.map(({ acceptedById, ...row }) => ({ ...row, acceptedBy: nameOf.get(acceptedById) ?? "a former user" }));
}
