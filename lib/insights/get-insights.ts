import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveInsightsRange, ZInsightsQuery, type InsightsBucket } from "@/lib/rules/insights/insights-range";
import { parseInput } from "@/lib/validation";
import { insightsSources } from "./insights-sources";
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

// Median and 90th percentile, asked of PostgreSQL in one ordered pass each.
const SPREAD = [0.5, 0.9];
/** [median, p90]; null when no incident in the group reached the key time. */
type Pair = [number | null, number | null] | null;

type SeverityRow = {
  severity_key: string; incidents: number; ack_n: number; ack: Pair; contain_n: number; contain: Pair; resolve_n: number; resolve: Pair; ack_breaches: number; update_breaches: number; on_time: number; late: number; items_open: number; items_overdue: number; evidence: number;
};

// Everything the insights page shows, from the daily rollup for whole days
// and single metrics rows for the rest (lib/insights/insights-sources.ts):
// three grouped reads, run side by side.
export async function getInsights(user: Pick<SessionUser, "id" | "role">, rawQuery: unknown, now = new Date()): Promise<Insights> {
  const query = parseInput(ZInsightsQuery, rawQuery, "Query");
  const resolved = resolveInsightsRange(query, now);
  if ("problem" in resolved) throw badRequest(`Query is invalid — ${resolved.problem.message}`, { [resolved.problem.path]: [resolved.problem.message] });
  const { filter } = resolved;
  await refreshMetricsIfDirty();
  const { days, live } = insightsSources(user, filter);
  const bucket = Prisma.raw(`'${filter.bucket}'`);
  const sources = Prisma.sql`days as (${days}), live as (${live})`;
  const spreadOf = (column: string) => {
    const c = Prisma.raw(column);
    return Prisma.sql`(select count(v)::int as n, percentile_cont(${SPREAD}::float8[]) within group (order by v) as pair from (
      select unnest(d.${c}) as v from days d where d.severity_key = s.severity_key
      union all select l.${c} from live l where l.severity_key = s.severity_key and l.${c} is not null) as x)`;
  };

  const [overTime, bySeverity, actions] = await Promise.all([
    db.$queryRaw<{ bucket: Date; severity_key: string; category: string; incidents: number }[]>`
      with ${sources}
      select date_trunc(${bucket}, x.at) as bucket, x.severity_key, x.category, sum(x.n)::int as incidents from (
        select d.day::timestamp as at, d.severity_key, d.category, d.incidents as n from days d
        union all select l.declared_at, l.severity_key, l.category, 1 from live l) as x
      group by 1, 2, 3 order by 1, 2, 3`,
    db.$queryRaw<SeverityRow[]>`
      with ${sources}, sums as (
        select x.severity_key, sum(x.incidents)::int as incidents, sum(x.ack_breaches)::int as ack_breaches, sum(x.update_breaches)::int as update_breaches,
          sum(x.on_time)::int as on_time, sum(x.late)::int as late, sum(x.items_open)::int as items_open, sum(x.items_overdue)::int as items_overdue, sum(x.evidence)::int as evidence
        from (
          select d.severity_key, d.incidents, d.acknowledge_breaches as ack_breaches, d.update_breaches, d.obligations_on_time as on_time, d.obligations_late as late,
            d.action_items_open as items_open, d.action_items_overdue as items_overdue, d.evidence_count as evidence from days d
          union all select l.severity_key, 1, l.acknowledge_breached::int, l.update_breaches, l.obligations_on_time, l.obligations_late,
            l.action_items_open, l.action_items_overdue, l.evidence_count from live l) as x
        group by 1)
      select s.*, ack.n as ack_n, ack.pair as ack, contain.n as contain_n, contain.pair as contain, resolve.n as resolve_n, resolve.pair as resolve
      from sums s, lateral ${spreadOf("acknowledge_seconds")} as ack, lateral ${spreadOf("contain_seconds")} as contain, lateral ${spreadOf("resolve_seconds")} as resolve
      order by s.severity_key`,
    db.$queryRaw<{ action: string; count: number }[]>`
      with ${sources}
      select a.key as action, sum(a.value::int)::int as count from (
        select d.cluster_actions from days d where d.cluster_actions <> '{}'::jsonb
        union all select l.cluster_actions from live l where l.cluster_actions <> '{}'::jsonb) as x, jsonb_each_text(x.cluster_actions) as a
      group by 1 order by 2 desc, 1`,
  ]);

  const spread = (n: number, pair: Pair): Spread => ({ measured: n, medianSeconds: round(pair?.[0] ?? null), p90Seconds: round(pair?.[1] ?? null) });
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
      acknowledge: spread(row.ack_n, row.ack),
      contain: spread(row.contain_n, row.contain),
      resolve: spread(row.resolve_n, row.resolve),
      acknowledgeBreaches: row.ack_breaches,
      updateBreaches: row.update_breaches,
    })),
    clusterActions: actions,
  };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(Number(value));
}
