import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { queueNotification } from "@/lib/notify/queue-notification";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { applySeverityPolicy } from "./create-runbook-tasks";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZUpdateIncidentInput, type TUpdateIncidentInput } from "./schemas";

const FIELDS = ["title", "summary", "category", "affected", "tags", "restricted", "drill"] as const;

// Changes an incident's fields. A new severity re-applies its policy: the
// runbook's missing tasks are added, nothing done is removed.
export async function updateIncident(user: SessionUser, actor: Actor, incidentId: string, input: TUpdateIncidentInput) {
  const { expectedVersion, severity, ...fields } = parseInput(ZUpdateIncidentInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId, expectedVersion);
    const current = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { title: true, summary: true, category: true, affected: true, tags: true, restricted: true, drill: true } });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of FIELDS) {
      const next = fields[field];
      if (next !== undefined && JSON.stringify(next) !== JSON.stringify(current[field])) changes[field] = { from: current[field], to: next };
    }
    const data: Record<string, unknown> = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));

    if (severity && severity !== locked.severityKey) {
      const policy = await getSeverityPolicy(tx, severity);
      data.severityKey = policy.key;
      data.severityRank = policy.rank;
      const applied = await applySeverityPolicy(tx, incidentId, policy, new Date());
      await recordIncidentChange(tx, actor, incidentId, {
        type: "severity_changed",
        isKey: true,
        data: { from: locked.severityKey, to: policy.key, tasksAdded: applied.addedTasks, rolesToFill: applied.missingRoles },
      });
    }
    if (Object.keys(changes).length > 0) {
      await recordIncidentChange(tx, actor, incidentId, { type: "fields_changed", data: { changes } });
    }
    if (Object.keys(data).length > 0) await bumpVersion(tx, incidentId, data);
    if (severity && severity !== locked.severityKey) await queueNotification(tx, { type: "severity_changed", incidentId, data: { from: locked.severityKey, to: severity } });
    return tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { id: true, version: true, severityKey: true, ...Object.fromEntries(FIELDS.map((f) => [f, true])) } });
  });
}
