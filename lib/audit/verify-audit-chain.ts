import "server-only";
import { db } from "@/lib/db";
import { GENESIS_HASH, hashAuditEntry } from "./hash";

export type ChainVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: bigint; reason: string };

const PAGE_SIZE = 1_000;

// Walks the whole chain in order, recomputing every hash. Reports the first
// entry whose content no longer matches its hash, or whose link to the
// previous entry is broken (an entry changed, inserted or removed).
export async function verifyAuditChain(): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  for (let after = 0n; ; ) {
    const page = await db.auditEntry.findMany({
      where: { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: PAGE_SIZE,
    });
    for (const entry of page) {
      if (entry.seq !== expectedSeq) {
        return { ok: false, entries: checked, brokenAt: entry.seq, reason: `entry ${expectedSeq} is missing` };
      }
      if (entry.prevHash !== prevHash) {
        return { ok: false, entries: checked, brokenAt: entry.seq, reason: "does not link to the previous entry" };
      }
      if (hashAuditEntry(entry) !== entry.hash) {
        return { ok: false, entries: checked, brokenAt: entry.seq, reason: "content does not match its hash" };
      }
      prevHash = entry.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (page.length < PAGE_SIZE) return { ok: true, entries: checked };
    after = page[page.length - 1]!.seq;
  }
}
