import "server-only";
import { db, transaction } from "@/lib/db";
import { log } from "@/lib/log";
import type { ResolvedLevel } from "../rules/escalation-policy";
import { notifyEscalationLevel } from "./notify-level";

const ESCALATION_SELECT = {
  id: true,
  incidentId: true,
  subjectType: true,
  subjectId: true,
  levels: true,
  repeat: true,
  level: true,
  cycle: true,
  createdAt: true,
  nextAt: true,
} as const;

// Notifies the escalation's next level if it is due at `now` (the job runs
// at the due time; a late or repeated run finds nothing to do).
export async function advanceEscalation(escalationId: string, now = new Date()): Promise<"notified" | "stopped" | "skipped"> {
  return transaction(async (tx) => {
    const row = await tx.escalation.findFirst({ where: { id: escalationId, stoppedAt: null, nextAt: { lte: now } }, select: ESCALATION_SELECT });
    if (!row) return "skipped";
    return notifyEscalationLevel(tx, { ...row, levels: row.levels as unknown as ResolvedLevel[] }, now);
  });
}

// The safety net behind the per-escalation jobs (and the entry point tests
// drive with their own clock): every escalation due by `now` moves on.
export async function runDueEscalations(now = new Date(), limit = 200): Promise<{ notified: number; stopped: number }> {
  const due = await db.escalation.findMany({
    where: { stoppedAt: null, nextAt: { lte: now } },
    orderBy: { nextAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const counts = { notified: 0, stopped: 0 };
  for (const { id } of due) {
    try {
      const outcome = await advanceEscalation(id, now);
      if (outcome === "notified") counts.notified += 1;
      if (outcome === "stopped") counts.stopped += 1;
    } catch (error) {
      // One broken escalation must not hold up the others.
      log.error({ err: error, escalationId: id }, "escalation step failed");
    }
  }
  return counts;
}
