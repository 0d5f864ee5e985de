import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { declareIncidentIn } from "@/lib/incidents/declare-incident";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
import { describeAffected, findRoute, renderTitle } from "@/lib/rules/alerts/route-match";
import type { IncidentCategory } from "@/lib/rules/incidents/categories";
import { attachAlertGroupIn, findIncidentForGroupKey } from "./attach-alert-group";
import { chooseAlertLead } from "./choose-alert-lead";
import { ALERT_GROUP_SELECT } from "./group-select";
import { keepAlertEvidenceQueue } from "./job-queues";
import { keepSamplesAsEvidence } from "./keep-samples-as-evidence";

export const ROUTING_ACTOR: Actor = { id: null, label: "alert routing" };

export type RoutingOutcome = { groupId: string; decision: "open_incident" | "attach" | "inbox" | "skipped"; incidentId: string | null };

// The routing job: each new group meets the ordered rules once. A group
// whose key already has an open incident joins it; a rule that opens
// incidents declares one (the group's first alert detected it); anything
// else waits in the inbox for a person. Safe to run twice: a routed group
// is skipped. Its payloads are kept as evidence right after; the same work
// is also queued with the decision, so a crash in between loses nothing
// (keeping is exactly-once, see keep-samples-as-evidence.ts).
export async function routeAlertGroups(groupIds: readonly string[]): Promise<RoutingOutcome[]> {
  const outcomes: RoutingOutcome[] = [];
  for (const groupId of groupIds) {
    const outcome = await routeOne(groupId);
    outcomes.push(outcome);
    if (outcome.incidentId) await keepSamplesAsEvidence(groupId, outcome.incidentId);
  }
  return outcomes;
}

async function routeOne(groupId: string): Promise<RoutingOutcome> {
  return transaction(async (tx) => {
    await tx.$executeRaw`select 1 from alert_groups where id = ${groupId}::uuid for update`;
    const group = await tx.alertGroup.findUnique({ where: { id: groupId }, select: { ...ALERT_GROUP_SELECT, routedAt: true } });
    if (!group || group.routedAt || group.state !== "new") return { groupId, decision: "skipped", incidentId: null };
    const rules = await tx.alertRoute.findMany({ where: { enabled: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const rule = findRoute(rules, {
      sourceId: group.sourceId,
      kind: group.source.kind,
      priority: group.priority,
      ruleName: group.ruleName,
      namespace: group.namespace,
      cluster: group.cluster,
      labels: group.labels as Record<string, unknown>,
    });
    const decision = rule?.decision ?? "inbox";
    const sandbox = group.source.sandbox;
    if (decision !== "inbox") {
      const existing = await findIncidentForGroupKey(tx, group, sandbox);
      if (existing) {
        await attachAlertGroupIn(tx, ROUTING_ACTOR, group, existing, { rule: rule!.name });
        await enqueueInTransaction(tx, keepAlertEvidenceQueue, { groupId, incidentId: existing });
        return { groupId, decision: "attach", incidentId: existing };
      }
    }
    if (decision === "open_incident" && rule?.severity && rule.category) {
      const lead = await chooseAlertLead(tx, rule.severity, rule.leadId);
      if (lead) {
        const incident = await declareIncidentIn(tx, lead, { ...ROUTING_ACTOR, label: `alert routing (${rule.name})` }, {
          title: renderTitle(rule.titleTemplate, group).padEnd(3, "."),
          severity: rule.severity,
          category: rule.category as IncidentCategory,
          summary: `Opened by the alert "${group.title}" from ${group.source.name} (${group.source.kind}, priority ${group.priority}).`,
          affected: describeAffected(group),
          tags: ["alert", group.source.kind],
          drill: sandbox,
          detectedAt: group.firstSeenAt.toISOString(),
        });
        await attachAlertGroupIn(tx, ROUTING_ACTOR, group, incident.id, { rule: rule.name, declared: true });
        await enqueueInTransaction(tx, keepAlertEvidenceQueue, { groupId, incidentId: incident.id });
        return { groupId, decision: "open_incident", incidentId: incident.id };
      }
      log.warn({ groupId, rule: rule.name }, "an alert rule would open an incident but nobody can lead it; left in the inbox");
    }
    await tx.alertGroup.update({ where: { id: groupId }, data: { routedAt: new Date() }, select: { id: true } });
    return { groupId, decision: "inbox", incidentId: null };
  });
}
