import "server-only";
import type { Tx } from "@/lib/db";

// Stops running escalations: the moment someone acknowledges, nobody else
// is paged. Conditional on still running, so a stop is recorded once.
export async function stopEscalations(
  tx: Tx,
  where: { incidentId: string; subjectType?: string; subjectId?: string | { in: string[] } },
  reason: string,
  now: Date,
): Promise<number> {
  const stopped = await tx.escalation.updateMany({
    where: { ...where, stoppedAt: null },
    data: { stoppedAt: now, stopReason: reason, nextAt: null },
  });
  return stopped.count;
}
