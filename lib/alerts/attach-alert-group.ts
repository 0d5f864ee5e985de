import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { Tx } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";

type AttachableGroup = {
  id: string;
  title: string;
  fingerprint: string;
  count: number;
  priority: string;
  ruleName: string | null;
  namespace: string | null;
  pod: string | null;
  node: string | null;
  source: { name: string; kind: string };
};

// Joins an alert group to an incident, on the incident's record, in the
// caller's transaction. `how` says whether a rule or a person decided.
export async function attachAlertGroupIn(tx: Tx, actor: Actor, group: AttachableGroup, incidentId: string, how: { rule?: string; declared?: boolean }) {
  await tx.alertGroup.update({ where: { id: group.id }, data: { incidentId, state: "attached", routedAt: new Date() }, select: { id: true } });
  await recordIncidentChange(tx, actor, incidentId, {
    type: "alert_attached",
    isKey: how.declared ?? false,
    data: {
      alertGroupId: group.id,
      title: group.title,
      source: group.source.name,
      kind: group.source.kind,
      fingerprint: group.fingerprint,
      count: group.count,
      priority: group.priority,
      rule: group.ruleName,
      namespace: group.namespace,
      pod: group.pod,
      node: group.node,
      ...(how.rule ? { routingRule: how.rule } : {}),
      ...(how.declared ? { declaredFromAlert: true } : {}),
    },
  });
  await tx.$executeRaw`select pg_notify('alerts_changed', ${group.id})`;
}

// The open incident that alerts with this group key already joined. Drill
// incidents take alerts only from the sandbox, and real ones only from real
// sources.
export async function findIncidentForGroupKey(tx: Tx, group: { id: string; sourceId: string; groupKey: string }, sandbox: boolean): Promise<string | null> {
  const sibling = await tx.alertGroup.findFirst({
    where: { sourceId: group.sourceId, groupKey: group.groupKey, id: { not: group.id }, incident: { status: { not: "CLOSED" }, drill: sandbox } },
    orderBy: { lastSeenAt: "desc" },
    select: { incidentId: true },
  });
  return sibling?.incidentId ?? null;
}
