import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { applyPlaybookOnCategoryChange } from "@/lib/playbooks/apply-on-category-change";
import { applyResponsePlan } from "@/lib/playbooks/apply-response-plan";
import { resolveIncidentPlaybook } from "@/lib/playbooks/resolve-incident-playbook";
import { mergeRunbook } from "@/lib/rules/playbooks/merge";
import { assertOpen } from "./assert-open";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZUpdateIncidentInput, type TUpdateIncidentInput } from "./schemas";
import { withdrawTasksOnDowngrade } from "./withdraw-tasks-on-downgrade";

const FIELDS = ["title", "summary", "category", "affected", "tags", "restricted", "drill"] as const;

// Changes an incident's fields. A new severity is a decision with a reason
// on the record; it re-applies its policy (the runbook's missing tasks are
// added, nothing done is removed) and, on a downgrade when asked, withdraws
// the untouched tasks the lower severity does not ask for.
export async function updateIncident(user: SessionUser, actor: Actor, incidentId: string, input: TUpdateIncidentInput) {
  const { expectedVersion, severity, reason, withdrawAddedTasks, ...fields } = parseInput(ZUpdateIncidentInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId, expectedVersion);
    const current = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { title: true, summary: true, category: true, affected: true, tags: true, restricted: true, drill: true } });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of FIELDS) {
      const next = fields[field];
      if (next !== undefined && JSON.stringify(next) !== JSON.stringify(current[field])) changes[field] = { from: current[field], to: next };
    }
    const data: Record<string, unknown> = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));
    const severityChanges = Boolean(severity && severity !== locked.severityKey);

    if (severity && severityChanges) {
      assertOpen(locked, "changing its severity");
      const [from, policy] = await Promise.all([getSeverityPolicy(tx, locked.severityKey), getSeverityPolicy(tx, severity)]);
      if (!reason) throw badRequest("Say why the severity changes: the reason goes on the timeline", { reason: ["Say why the severity changes"] });
      data.severityKey = policy.key;
      data.severityRank = policy.rank;
      const now = new Date();
      // The playbook's steps count as asked for: a downgrade withdraws neither them nor the runbook's.
      const playbook = await resolveIncidentPlaybook(tx, incidentId, (changes.category?.to as string | undefined) ?? current.category);
      const withdrawn = policy.rank > from.rank && withdrawAddedTasks ? await withdrawTasksOnDowngrade(tx, incidentId, { ...policy, runbook: mergeRunbook(policy, playbook?.playbook ?? null) }, now) : [];
      const applied = await applyResponsePlan(tx, incidentId, policy, playbook, now);
      await recordIncidentChange(tx, actor, incidentId, {
        type: "severity_changed",
        isKey: true,
        data: { from: locked.severityKey, to: policy.key, reason, tasksAdded: applied.addedTasks, tasksWithdrawn: withdrawn, rolesToFill: applied.missingRoles, playbook: applied.playbook, frameworksSuggested: applied.frameworksSuggested },
      });
    } else if (changes.category) {
      await applyPlaybookOnCategoryChange(tx, actor, incidentId, locked.severityKey, changes.category.to as string, new Date());
    }
    if (Object.keys(changes).length > 0) {
      await recordIncidentChange(tx, actor, incidentId, { type: "fields_changed", data: { changes } });
    }
    if (Object.keys(data).length > 0) await bumpVersion(tx, incidentId, data);
    if (severityChanges) await queueNotification(tx, { type: "severity_changed", incidentId, data: { from: locked.severityKey, to: severity, reason } });
    return tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { id: true, version: true, severityKey: true, ...Object.fromEntries(FIELDS.map((f) => [f, true])) } });
  });
}
