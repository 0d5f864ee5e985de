import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveInsightsRange, ZInsightsQuery, type InsightsBucket } from "@/lib/rules/insights/insights-range";
import { parseInput } from "@/lib/validation";
import { insightsWhere } from "./insights-where";
import { refreshMetricsIfDirty } from "./refresh-if-dirty";

export interface Spread {
  /** How many incidents reached this key time. */
  measured: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface SeverityFigures {
  severityKey: string;
  incidents: number;
  acknowledge: Spread;
  contain: Spread;
  resolve: Spread;
  acknowledgeBreaches: number;
  updateBreaches: number;
}

export interface Insights {
  range: { from: string; to: string; bucket: InsightsBucket; timeZone: "UTC" };
  drills: "exclude" | "only";
  totals: {
    incidents: number;
    acknowledgeBreaches: number;
    updateBreaches: number;
    obligationsOnTime: number;
    obligationsLate: number;
    actionItemsOpen: number;
    actionItemsOverdue: number;
    evidence: number;
  };
  overTime: { bucket: string; severityKey: string; category: string; incidents: number }[];
  bySeverity: SeverityFigures[];
  clusterActions: { action: string; count: number }[];
}

type SeverityRow = {
  severity_key: string; incidents: number; ack_n: number; ack_p50: number | null; ack_p90: number | null; contain_n: number; contain_p50: number | null; contain_p90: number | null;
  resolve_n: number; resolve_p50: number | null; resolve_p90: number | null; ack_breaches: number; update_breaches: number; on_time: number; late: number; items_open: number; items_overdue: number; evidence: number;
};

// Everything the insights page shows, from the metrics rows alone: three
// grouped reads over one narrow table, run side by side.
export async function getInsights(user: Pick<SessionUser, "id" | "role">, rawQuery: unknown, now = new Date()): Promise<Insights> {
  const query = parseInput(ZInsightsQuery, rawQuery, "Query");
  const resolved = resolveInsightsRange(query, now);
  if ("problem" in resolved) throw badRequest(`Query is invalid — ${resolved.problem.message}`, { [resolved.problem.path]: [resolved.problem.message] });
  const { filter } = resolved;
  await refreshMetricsIfDirty();
  const where = insightsWhere(user, filter);
  const bucket = Prisma.raw(`'${filter.bucket}'`);

  const [overTime, bySeverity, actions] = await Promise.all([
    db.$queryRaw<{ bucket: Date; severity_key: string; category: string; incidents: number }[]>`
      select date_trunc(${bucket}, m.declared_at) as bucket, m.severity_key, m.category, count(*)::int as incidents
      from incident_metrics m where ${where} group by 1, 2, 3 order by 1, 2, 3`,
    db.$queryRaw<SeverityRow[]>`
      select m.severity_key, count(*)::int as incidents,
        count(m.acknowledge_seconds)::int as ack_n, percentile_cont(0.5) within group (order by m.acknowledge_seconds) as ack_p50, percentile_cont(0.9) within group (order by m.acknowledge_seconds) as ack_p90,
        count(m.contain_seconds)::int as contain_n, percentile_cont(0.5) within group (order by m.contain_seconds) as contain_p50, percentile_cont(0.9) within group (order by m.contain_seconds) as contain_p90,
        count(m.resolve_seconds)::int as resolve_n, percentile_cont(0.5) within group (order by m.resolve_seconds) as resolve_p50, percentile_cont(0.9) within group (order by m.resolve_seconds) as resolve_p90,
        count(*) filter (where m.acknowledge_breached)::int as ack_breaches, sum(m.update_breaches)::int as update_breaches,
        sum(m.obligations_on_time)::int as on_time, sum(m.obligations_late)::int as late, sum(m.action_items_open)::int as items_open, sum(m.action_items_overdue)::int as items_overdue,
        sum(m.evidence_count)::int as evidence
      from incident_metrics m where ${where} group by 1 order by 1`,
    db.$queryRaw<{ action: string; count: number }[]>`
      select a.key as action, sum(a.value::int)::int as count
      from incident_metrics m, jsonb_each_text(m.cluster_actions) a
      where ${where} and m.cluster_actions <> '{}'::jsonb group by 1 order by 2 desc, 1`,
  ]);

  const spread = (n: number, p50: number | null, p90: number | null): Spread => ({ measured: n, medianSeconds: round(p50), p90Seconds: round(p90) });
  const sum = (pick: (row: SeverityRow) => number) => bySeverity.reduce((total, row) => total + pick(row), 0);
  return {
    range: { from: filter.from.toISOString(), to: filter.to.toISOString(), bucket: filter.bucket, timeZone: "UTC" },
    drills: filter.drills,
    totals: {
      incidents: sum((r) => r.incidents),
      acknowledgeBreaches: sum((r) => r.ack_breaches),
      updateBreaches: sum((r) => r.update_breaches),
      obligationsOnTime: sum((r) => r.on_time),
      obligationsLate: sum((r) => r.late),
      actionItemsOpen: sum((r) => r.items_open),
      actionItemsOverdue: sum((r) => r.items_overdue),
      evidence: sum((r) => r.evidence),
    },
    overTime: overTime.map((row) => ({ bucket: row.bucket.toISOString().slice(0, 10), severityKey: row.severity_key, category: row.category, incidents: row.incidents })),
    bySeverity: bySeverity.map((row) => ({
      severityKey: row.severity_key,
      incidents: row.incidents,
      acknowledge: spread(row.ack_n, row.ack_p50, row.ack_p90),
      contain: spread(row.contain_n, row.contain_p50, row.contain_p90),
      resolve: spread(row.resolve_n, row.resolve_p50, row.resolve_p90),
      acknowledgeBreaches: row.ack_breaches,
      updateBreaches: row.update_breaches,
    })),
    clusterActions: actions,
  };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(Number(value));
}
