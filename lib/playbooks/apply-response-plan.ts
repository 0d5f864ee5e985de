import "server-only";
import type { Tx } from "@/lib/db";
import { planPolicyApplication } from "@/lib/rules/incidents/apply-policy";
import type { SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { planResponseTasks } from "@/lib/rules/playbooks/merge";
import type { Playbook } from "@/lib/rules/playbooks/schema";
import type { PlaybookVersionRef } from "./read-playbook";
import { suggestPlaybookFrameworks } from "./suggest-playbook-frameworks";

export type AppliedPlan = {
  addedTasks: string[];
  missingRoles: SeverityPolicy["requiredRoles"][number][];
  playbook: { category: string; version: number } | null;
  /** Frameworks the playbook asks to consider, newly suggested on the incident. */
  frameworksSuggested: string[];
};

// Adds the tasks the severity policy merged with the playbook asks for and
// the incident lacks (never removes or changes work already there), and pins
// the incident to the playbook version applied, and suggests the playbook's
// regulatory frameworks for the lead to confirm. All writes are batched (one
// insert for every task), so a long playbook costs no more round trips than
// a short one. Runs in the caller's transaction, which also records the
// change on the timeline.
export async function applyResponsePlan(tx: Tx, incidentId: string, policy: SeverityPolicy, playbook: (PlaybookVersionRef & { playbook: Playbook }) | null, now: Date): Promise<AppliedPlan> {
  const [tasks, roles] = await Promise.all([
    tx.incidentTask.findMany({ where: { incidentId }, select: { templateKey: true, position: true } }),
    tx.incidentRole.findMany({ where: { incidentId, releasedAt: null }, select: { kind: true } }),
  ]);
  const toAdd = planResponseTasks(policy, playbook?.playbook ?? null, { tasks }, now);
  const start = tasks.reduce((max, task) => Math.max(max, task.position), 0);
  if (toAdd.length > 0) {
    await tx.incidentTask.createMany({
      data: toAdd.map((task, index) => ({
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
  let frameworksSuggested: string[] = [];
  if (playbook) {
    await tx.incident.update({ where: { id: incidentId }, data: { playbookVersionId: playbook.id }, select: { id: true } });
    frameworksSuggested = await suggestPlaybookFrameworks(tx, incidentId, playbook);
  }
  const { missingRoles } = planPolicyApplication(policy, { tasks: [], roles }, now);
  return { addedTasks: toAdd.map((t) => t.title), missingRoles, playbook: playbook ? { category: playbook.category, version: playbook.version } : null, frameworksSuggested };
}
