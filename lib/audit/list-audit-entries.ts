import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

export const ZAuditQuery = z.object({
  before: z.coerce.bigint().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(80).optional(),
});
export type TAuditQuery = z.input<typeof ZAuditQuery>;

// Newest first, paged by sequence number (keyset), so deep pages stay fast.
export async function listAuditEntries(query: z.infer<typeof ZAuditQuery>) {
  const rows = await db.auditEntry.findMany({
    where: {
      ...(query.before ? { seq: { lt: query.before } } : {}),
      ...(query.targetType ? { targetType: query.targetType } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
    },
    orderBy: { seq: "desc" },
    take: query.limit + 1,
    select: { seq: true, at: true, actorLabel: true, action: true, targetType: true, targetId: true, data: true, hash: true, prevHash: true },
  });
  const page = rows.slice(0, query.limit);
  const entries = page.map((row) => ({ ...row, seq: row.seq.toString() }));
  return { entries, nextBefore: rows.length > query.limit ? page[page.length - 1]!.seq.toString() : null };
}
