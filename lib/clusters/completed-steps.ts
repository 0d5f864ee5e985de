import "server-only";
import { db } from "@/lib/db";

/**
 * Keys of the steps an earlier run of this action already finished, so a
 * retry does not send them again. A failed step is not finished: it is
 * tried again.
 */
export async function completedStepKeys(actionId: string, dryRun: boolean): Promise<Set<string>> {
  const done = dryRun ? ["dry-run", "already-done"] : ["applied", "already-done"];
  const rows = await db.clusterActionStep.findMany({ where: { actionId, outcome: { in: done } }, select: { key: true } });
  return new Set(rows.map((row) => row.key));
}
