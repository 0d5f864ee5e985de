import "server-only";
import { db } from "@/lib/db";
import { computeIncidentMetrics, type MetricsPolicy } from "@/lib/rules/insights/incident-metrics";
import { dayKeyOf, rebuildInsightDays } from "./rebuild-insight-days";

// Rebuilds the metrics rows of the given incidents from their records, in
// a handful of set-based reads whatever the number of incidents, and one
// upsert, then the daily rollup rows they left and joined. Safe to run
// twice: every row is a function of the records.
export async function refreshIncidentMetrics(incidentIds: readonly string[], now = new Date()): Promise<number> {
  if (incidentIds.length === 0) return 0;
  const ids = [...incidentIds];
  const [previous, incidents, severities, updates, obligations, actionItems, evidence, actions] = await Promise.all([
    db.incidentMetrics.findMany({ where: { incidentId: { in: ids } }, select: { declaredAt: true, severityKey: true, category: true, drill: true, restricted: true } }),
    db.incident.findMany({
      where: { id: { in: ids } },
      select: { id: true, declaredAt: true, acknowledgedAt: true, containedAt: true, resolvedAt: true, closedAt: true, severityKey: true, category: true, drill: true, restricted: true },
    }),
    db.severity.findMany({ select: { key: true, policy: true } }),
    db.statusUpdate.findMany({ where: { incidentId: { in: ids } }, select: { incidentId: true, createdAt: true } }),
    db.incidentObligation.findMany({ where: { incidentId: { in: ids } }, select: { incidentId: true, dueAt: true, submittedAt: true, notApplicableAt: true } }),
    db.postMortemActionItem.findMany({ where: { incidentId: { in: ids } }, select: { incidentId: true, dueAt: true, state: true } }),
    db.evidence.groupBy({ by: ["incidentId"], where: { incidentId: { in: ids } }, _count: { _all: true } }),
    db.clusterAction.findMany({ where: { incidentId: { in: ids } }, select: { incidentId: true, action: true } }),
  ]);
  const policies = new Map(severities.map((s) => [s.key, policyOf(s.policy)]));
  const byIncident = <T extends { incidentId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.incidentId, [...(map.get(row.incidentId) ?? []), row]);
    return map;
  };
  const updatesOf = byIncident(updates);
  const obligationsOf = byIncident(obligations);
  const itemsOf = byIncident(actionItems);
  const actionsOf = byIncident(actions);
  const evidenceOf = new Map(evidence.map((e) => [e.incidentId, e._count._all]));

  const rows = incidents.map((incident) => ({
    incidentId: incident.id,
    declaredAt: incident.declaredAt,
    severityKey: incident.severityKey,
    category: incident.category,
    drill: incident.drill,
    restricted: incident.restricted,
    refreshedAt: now,
    ...computeIncidentMetrics(
      {
        incident,
        policy: policies.get(incident.severityKey) ?? null,
        updateTimes: (updatesOf.get(incident.id) ?? []).map((u) => u.createdAt),
        obligations: obligationsOf.get(incident.id) ?? [],
        actionItems: itemsOf.get(incident.id) ?? [],
        evidenceCount: evidenceOf.get(incident.id) ?? 0,
        clusterActions: (actionsOf.get(incident.id) ?? []).map((a) => a.action),
      },
      now,
    ),
  }));
  if (rows.length === 0) return 0;
  // One statement for the whole batch: jsonb_to_recordset turns the rows
  // into a table PostgreSQL upserts in a single pass.
  await db.$executeRaw`
    insert into incident_metrics (incident_id, declared_at, severity_key, category, drill, restricted, acknowledge_seconds, contain_seconds, resolve_seconds,
      acknowledge_breached, update_breaches, obligations_on_time, obligations_late, action_items_open, action_items_overdue, evidence_count, cluster_actions, refreshed_at)
    select r."incidentId", r."declaredAt", r."severityKey", r.category, r.drill, r.restricted, r."acknowledgeSeconds", r."containSeconds", r."resolveSeconds",
      r."acknowledgeBreached", r."updateBreaches", r."obligationsOnTime", r."obligationsLate", r."actionItemsOpen", r."actionItemsOverdue", r."evidenceCount", r."clusterActions", r."refreshedAt"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r("incidentId" uuid, "declaredAt" timestamp(3), "severityKey" text, category text, drill boolean, restricted boolean,
      "acknowledgeSeconds" int, "containSeconds" int, "resolveSeconds" int, "acknowledgeBreached" boolean, "updateBreaches" int, "obligationsOnTime" int, "obligationsLate" int,
      "actionItemsOpen" int, "actionItemsOverdue" int, "evidenceCount" int, "clusterActions" jsonb, "refreshedAt" timestamp(3))
    on conflict (incident_id) do update set
      declared_at = excluded.declared_at, severity_key = excluded.severity_key, category = excluded.category, drill = excluded.drill, restricted = excluded.restricted,
      acknowledge_seconds = excluded.acknowledge_seconds, contain_seconds = excluded.contain_seconds, resolve_seconds = excluded.resolve_seconds,
      acknowledge_breached = excluded.acknowledge_breached, update_breaches = excluded.update_breaches, obligations_on_time = excluded.obligations_on_time,
      obligations_late = excluded.obligations_late, action_items_open = excluded.action_items_open, action_items_overdue = excluded.action_items_overdue,
      evidence_count = excluded.evidence_count, cluster_actions = excluded.cluster_actions, refreshed_at = excluded.refreshed_at`;
  await rebuildInsightDays([...previous, ...incidents].map(dayKeyOf));
  return rows.length;
}

function policyOf(policy: unknown): MetricsPolicy | null {
  const p = policy as Partial<MetricsPolicy> | null;
  if (typeof p?.acknowledgeWithinMinutes !== "number" || typeof p.updateEveryMinutes !== "number") return null;
  return { acknowledgeWithinMinutes: p.acknowledgeWithinMinutes, updateEveryMinutes: p.updateEveryMinutes };
}
