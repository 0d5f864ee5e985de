import "server-only";
import type { Tx } from "@/lib/db";
import { planDowngradeWithdrawals } from "@/lib/rules/incidents/downgrade-withdrawals";
import type { SeverityPolicy } from "@/lib/rules/incidents/severity-policy";

// Withdraws the untouched runbook tasks the lower severity does not ask
// for. The rows stay (state WITHDRAWN, with why) so the record shows what
// was once asked; the update is conditional on the task still being
// untouched, so a task someone takes at the same moment is kept.
export async function withdrawTasksOnDowngrade(tx: Tx, incidentId: string, policy: SeverityPolicy, now: Date): Promise<string[]> {
  const tasks = await tx.incidentTask.findMany({ where: { incidentId, state: "OPEN" }, select: { id: true, title: true, templateKey: true, state: true, assigneeId: true }, orderBy: { position: "asc" } });
  const withdraw = planDowngradeWithdrawals(tasks, policy);
  if (withdraw.length === 0) return [];
  await tx.incidentTask.updateMany({
    where: { id: { in: withdraw.map((task) => task.id) }, state: "OPEN", assigneeId: null },
    data: { state: "WITHDRAWN", waivedReason: `Withdrawn: ${policy.name} does not ask for it`, finishedAt: now },
  });
  // Name only what was withdrawn, in runbook order: a task taken meanwhile stays.
  const withdrawn = await tx.incidentTask.findMany({ where: { id: { in: withdraw.map((task) => task.id) }, state: "WITHDRAWN" }, select: { title: true }, orderBy: { position: "asc" } });
  return withdrawn.map((task) => task.title);
}
