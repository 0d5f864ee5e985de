import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction, type Tx } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { declareIncidentIn } from "@/lib/incidents/declare-incident";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { describeAffected } from "@/lib/rules/alerts/route-match";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { parseInput } from "@/lib/validation";
import { attachAlertGroupIn } from "./attach-alert-group";
import { ALERT_GROUP_SELECT } from "./group-select";
import { keepAlertEvidenceQueue } from "./job-queues";
import { visibleAlertGroups } from "./list-alert-groups";
import { ZAlertActionInput, type TAlertActionInput } from "./schemas";

// A person's decision on an alert group from the inbox: declare an incident
// from it, attach it to one, acknowledge it, or ignore it with a reason.
// Each is recorded (timeline + audit, or audit alone when no incident is
// involved) in the same transaction as the change.
export async function actOnAlertGroup(user: SessionUser, actor: Actor, groupId: string, input: TAlertActionInput) {
  const data = parseInput(ZAlertActionInput, input);
  return transaction(async (tx) => {
    const group = await lockGroup(tx, user, groupId);
    if (data.action === "acknowledge" || data.action === "ignore") {
      if (group.state !== "new" && group.state !== "acknowledged") throw conflict(`This alert is ${group.state}; only new or acknowledged alerts can be ${data.action === "ignore" ? "ignored" : "acknowledged"}`);
      const state = data.action === "ignore" ? "ignored" : "acknowledged";
      const reason = data.action === "ignore" ? data.reason : null;
      await tx.alertGroup.update({ where: { id: group.id }, data: { state, ignoredReason: reason }, select: { id: true } });
      await appendAudit(tx, actor, { action: `alert_group.${data.action}`, targetType: "alert_group", targetId: group.id, data: { title: group.title, ...(reason ? { reason } : {}) } });
      await tx.$executeRaw`select pg_notify('alerts_changed', ${group.id})`;
      return { id: group.id, state, incidentId: null };
    }
    if (group.incidentId) throw conflict("This alert is already attached to an incident");
    let incidentId: string;
    if (data.action === "declare") {
      const incident = await declareIncidentIn(tx, user, actor, {
        title: data.title ?? group.title.slice(0, 200).padEnd(3, "."),
        severity: data.severity,
        category: data.category,
        restricted: data.restricted,
        summary: `Declared from the alert "${group.title}" (${group.source.name}, priority ${group.priority}, seen ${group.count}×).`,
        affected: describeAffected(group),
        tags: ["alert", group.source.kind],
        drill: group.source.sandbox,
        detectedAt: group.firstSeenAt.toISOString(),
      });
      incidentId = incident.id;
    } else {
      const incident = await lockIncident(tx, user, data.incidentId);
      if (incident.status === "CLOSED") throw badRequest(`${formatIncidentNumber(incident.number)} is closed; reopen it first or declare a new incident`);
      if (incident.drill !== group.source.sandbox) {
        throw badRequest(incident.drill ? "Drills take alerts only from the sandbox cluster" : "Alerts from the sandbox cluster belong to drills only");
      }
      incidentId = incident.id;
    }
    await attachAlertGroupIn(tx, actor, group, incidentId, { declared: data.action === "declare" });
    if (group.state === "resolved") await tx.alertGroup.update({ where: { id: group.id }, data: { state: "resolved" }, select: { id: true } });
    await enqueueInTransaction(tx, keepAlertEvidenceQueue, { groupId: group.id, incidentId });
    return { id: group.id, state: group.state === "resolved" ? "resolved" : "attached", incidentId };
  });
}

async function lockGroup(tx: Tx, user: SessionUser, groupId: string) {
  if (!isUuid(groupId)) throw notFound("Alert");
  const visible = await tx.alertGroup.findFirst({ where: { id: groupId, ...visibleAlertGroups(user) }, select: { id: true } });
  if (!visible) throw notFound("Alert");
  await tx.$executeRaw`select 1 from alert_groups where id = ${groupId}::uuid for update`;
  return tx.alertGroup.findUniqueOrThrow({ where: { id: groupId }, select: ALERT_GROUP_SELECT });
}
