import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { Tx } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { applyResponsePlan } from "./apply-response-plan";
import { findCurrentPlaybook } from "./read-playbook";

// A new category brings its playbook: its steps are added (tasks already on
// the incident stay, whatever their state) and the incident is pinned to
// the version applied, on the record in the caller's transaction.
export async function applyPlaybookOnCategoryChange(tx: Tx, actor: Actor, incidentId: string, severityKey: string, category: string, now: Date) {
  const [policy, playbook] = await Promise.all([getSeverityPolicy(tx, severityKey), findCurrentPlaybook(tx, category)]);
  const applied = await applyResponsePlan(tx, incidentId, policy, playbook, now);
  await recordIncidentChange(tx, actor, incidentId, {
    type: "playbook_applied",
    data: { reason: "category_changed", playbook: applied.playbook, tasksAdded: applied.addedTasks, frameworksSuggested: applied.frameworksSuggested },
  });
  return applied;
}
