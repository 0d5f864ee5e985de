import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { assertOpen } from "@/lib/incidents/assert-open";
import { bumpVersion, lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { applyResponsePlan } from "./apply-response-plan";
import { findPlaybookVersion, getCurrentPlaybook } from "./read-playbook";

// A running incident keeps the playbook version it got; a lead pulls the
// newer version on purpose. Only its missing steps are added.
export async function pullNewestPlaybook(user: SessionUser, actor: Actor, incidentId: string, expectedVersion?: number) {
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId, expectedVersion);
    assertOpen(locked, "pulling a newer playbook");
    const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { category: true, playbookVersionId: true } });
    const newest = await getCurrentPlaybook(tx, incident.category);
    if (incident.playbookVersionId === newest.id) throw conflict(`This incident already follows version ${newest.version} of the playbook, the newest.`);
    const from = incident.playbookVersionId ? await findPlaybookVersion(tx, incident.playbookVersionId) : null;
    const applied = await applyResponsePlan(tx, incidentId, await getSeverityPolicy(tx, locked.severityKey), newest, new Date());
    await recordIncidentChange(tx, actor, incidentId, {
      type: "playbook_applied",
      data: { reason: "pulled_newer_version", from: from ? { category: from.category, version: from.version } : null, playbook: applied.playbook, tasksAdded: applied.addedTasks, frameworksSuggested: applied.frameworksSuggested },
    });
    await bumpVersion(tx, incidentId);
    return { playbook: applied.playbook, tasksAdded: applied.addedTasks };
  });
}
