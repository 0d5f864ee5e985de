import "server-only";
import { db } from "@/lib/db";
import { checkById } from "@/lib/rules/readiness/all-checks";

export type AcceptanceState = "active" | "expired" | "revoked";

// Every acceptance, newest first, with who accepted and who revoked it; the
// screen to revoke one reads this.
export async function listAcceptances(now: Date = new Date()) {
  const rows = await db.riskAcceptance.findMany({
    orderBy: { acceptedAt: "desc" },
    take: 500,
    select: { id: true, clusterId: true, checkId: true, objectKey: true, reason: true, expiresAt: true, acceptedAt: true, acceptedById: true, revokedAt: true, revokedById: true, revokeReason: true, cluster: { select: { name: true } } },
  });
  const ids = [...new Set(rows.flatMap((r) => [r.acceptedById, ...(r.revokedById ? [r.revokedById] : [])]))];
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  return {
    acceptances: rows.map(({ acceptedById, revokedById, cluster, ...row }) => ({
      ...row,
      scope: cluster ? `cluster ${cluster.name}` : "response plan",
      checkTitle: checkById(row.checkId)?.title ?? row.checkId,
      acceptedBy: people.get(acceptedById) ?? "a former user",
      revokedBy: revokedById ? (people.get(revokedById) ?? "a former user") : null,
      state: (row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active") as AcceptanceState,
    })),
  };
}

export type AcceptanceList = Awaited<ReturnType<typeof listAcceptances>>;
