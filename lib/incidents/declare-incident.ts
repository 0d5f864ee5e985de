import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction, type Tx } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { applyResponsePlan } from "@/lib/playbooks/apply-response-plan";
import { findCurrentPlaybook } from "@/lib/playbooks/read-playbook";
import { recordIncidentChange } from "./record-change";
import { ZDeclareIncidentInput, type TDeclareIncidentInput } from "./schemas";

// Declares an incident: the declarer leads unless someone else is named,
// the severity's runbook merged with the category's playbook becomes the
// first tasks, and the clocks start.
export async function declareIncident(user: SessionUser, actor: Actor, input: TDeclareIncidentInput) {
  return transaction((tx) => declareIncidentIn(tx, user, actor, input));
}

// The same inside a caller's transaction, for operations that declare and
// record something else atomically (an alert group opening its incident).
export async function declareIncidentIn(tx: Tx, user: Pick<SessionUser, "id">, actor: Actor, input: TDeclareIncidentInput) {
  const data = parseInput(ZDeclareIncidentInput, input);
  const now = new Date();
  if (data.detectedAt && data.detectedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw badRequest("The detection time is in the future", { detectedAt: ["Must not be in the future"] });
  }
  const policy = await getSeverityPolicy(tx, data.severity);
  const leadId = data.leadId ?? user.id;
  const lead = await tx.user.findFirst({ where: { id: leadId, deactivatedAt: null }, select: { id: true, name: true, role: true } });
  if (!lead) throw badRequest("The chosen lead is not an active user", { leadId: ["Choose an active user"] });
  if (!can(lead.role, "incidents:write")) throw badRequest(`${lead.name} cannot lead an incident (their account only reads incidents)`, { leadId: ["Choose a lead, responder or administrator"] });

  const incident = await tx.incident.create({
    data: {
      title: data.title,
      summary: data.summary,
      severityKey: policy.key,
      severityRank: policy.rank,
      category: data.category,
      affected: data.affected,
      tags: data.tags,
      restricted: data.restricted,
      drill: data.drill,
      detectedAt: data.detectedAt ?? now,
      declaredAt: now,
      leadId,
      declaredById: user.id,
      participants: { createMany: { data: [...new Set([user.id, leadId])].map((userId) => ({ userId })) } },
      roles: { create: { kind: "LEAD", userId: leadId, assignedById: user.id } },
    },
    select: { id: true, number: true },
  });
  // The severity's runbook merged with the category's playbook; the version applied is pinned.
  const { addedTasks, missingRoles, playbook, frameworksSuggested } = await applyResponsePlan(tx, incident.id, policy, await findCurrentPlaybook(tx, data.category), now);
  await recordIncidentChange(tx, actor, incident.id, {
    type: "declared",
    isKey: true,
    data: {
      number: formatIncidentNumber(incident.number),
      title: data.title,
      severity: policy.key,
      category: data.category,
      lead: { id: lead.id, name: lead.name },
      restricted: data.restricted,
      drill: data.drill,
      tasksCreated: addedTasks.length,
      tasksAdded: addedTasks,
      rolesToFill: missingRoles,
      playbook,
      frameworksSuggested,
    },
  });
  await queueNotification(tx, { type: "declared", incidentId: incident.id });
  return { id: incident.id, number: incident.number, reference: formatIncidentNumber(incident.number) };
}
