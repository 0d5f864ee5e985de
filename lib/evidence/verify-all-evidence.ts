import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { checkIntegrity } from "./check-integrity";
import { recordVerification } from "./record-verification";

const BATCH = 50;

export type VerifyAllOptions = {
  // Only artefacts not verified since then (all when absent).
  notVerifiedSince?: Date;
  // Only these incidents' evidence (all when absent).
  incidentIds?: string[];
  signal?: AbortSignal;
};

export type VerifyAllSummary = { checked: number; ok: number; mismatch: number; missing: number; errors: number };

// Re-hashes every live artefact from storage. Unreachable storage is logged
// and counted, not recorded as a failure: it says nothing about the bytes.
export async function verifyAllEvidence(options: VerifyAllOptions = {}): Promise<VerifyAllSummary> {
  const summary: VerifyAllSummary = { checked: 0, ok: 0, mismatch: 0, missing: 0, errors: 0 };
  const stale: Prisma.EvidenceWhereInput = options.notVerifiedSince
    ? { OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: options.notVerifiedSince } }] }
    : {};
  let afterId: string | undefined;
  for (;;) {
    options.signal?.throwIfAborted();
    const rows = await db.evidence.findMany({
      where: { deletedAt: null, ...stale, ...(options.incidentIds ? { incidentId: { in: options.incidentIds } } : {}), ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, incidentId: true, title: true, sha256: true, location: true, reference: true, verificationStatus: true },
    });
    for (const row of rows) {
      try {
        const result = await checkIntegrity(row, options.signal);
        await recordVerification({ user: null, actor: SYSTEM_ACTOR, address: "scheduled-verification" }, row, result, "scheduled");
        summary.checked += 1;
        summary[result.status] += 1;
      } catch (error) {
        options.signal?.throwIfAborted();
        summary.errors += 1;
        log.error({ err: error, evidenceId: row.id }, "evidence verification could not run");
      }
    }
    if (rows.length < BATCH) return summary;
    afterId = rows[rows.length - 1]!.id;
  }
}
