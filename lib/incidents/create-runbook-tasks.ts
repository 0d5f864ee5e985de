import "server-only";
import type { Tx } from "@/lib/db";
import { planPolicyApplication } from "@/lib/rules/incidents/apply-policy";
import type { SeverityPolicy } from "@/lib/rules/incidents/severity-policy";

// Adds the policy's runbook tasks the incident does not have yet (never
// removes or changes work already there) and reports what was added and
// which required roles are still unfilled.
export async function applySeverityPolicy(tx: Tx, incidentId: string, policy: SeverityPolicy, now: Date) {
  const [tasks, roles] = await Promise.all([
    tx.incidentTask.findMany({ where: { incidentId }, select: { templateKey: true, position: true } }),
    tx.incidentRole.findMany({ where: { incidentId, releasedAt: null }, select: { kind: true } }),
  ]);
  const plan = planPolicyApplication(policy, { tasks, roles }, now);
  const start = tasks.reduce((max, task) => Math.max(max, task.position), 0);
  if (plan.tasksToAdd.length > 0) {
    await tx.incidentTask.createMany({
      data: plan.tasksToAdd.map((task, index) => ({
        incidentId,
        position: start + index + 1,
        title: task.title,
        description: task.description,
        templateKey: task.key,
        ownerRole: task.ownerRole,
        dueAt: task.dueAt,
        evidencePreservation: task.evidencePreservation,
      })),
    });
  }
  return { addedTasks: plan.tasksToAdd.map((task) => task.title), missingRoles: plan.missingRoles };
}
