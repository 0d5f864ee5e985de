import "server-only";
import { db } from "@/lib/db";

export interface DayKey {
  day: string;
  severityKey: string;
  category: string;
  drill: boolean;
  restricted: boolean;
}

/** The rollup row an incident's metrics row belongs to. */
export function dayKeyOf(row: { declaredAt: Date; severityKey: string; category: string; drill: boolean; restricted: boolean }): DayKey {
  return { day: row.declaredAt.toISOString().slice(0, 10), severityKey: row.severityKey, category: row.category, drill: row.drill, restricted: row.restricted };
}

// Rebuilds the daily rollup rows named by `keys` from the metrics rows, in
// one transaction: an incident that moved (another severity, restricted
// now) leaves its old day row as well as joining its new one, so callers
// pass both.
export async function rebuildInsightDays(keys: readonly DayKey[]): Promise<void> {
  if (keys.length === 0) return;
  const unique = [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()];
  const json = JSON.stringify(unique);
  await db.$transaction([
    db.$executeRaw`
      delete from insight_days d using jsonb_to_recordset(${json}::jsonb) as k(day date, "severityKey" text, category text, drill boolean, restricted boolean)
      where d.day = k.day and d.severity_key = k."severityKey" and d.category = k.category and d.drill = k.drill and d.restricted = k.restricted`,
    db.$executeRaw`
      insert into insight_days (day, severity_key, category, drill, restricted, incidents, acknowledge_seconds, contain_seconds, resolve_seconds,
        acknowledge_breaches, update_breaches, obligations_on_time, obligations_late, action_items_open, action_items_overdue, evidence_count, cluster_actions)
      select k.day, k."severityKey", k.category, k.drill, k.restricted, count(*)::int,
        coalesce(array_agg(m.acknowledge_seconds) filter (where m.acknowledge_seconds is not null), '{}'),
        coalesce(array_agg(m.contain_seconds) filter (where m.contain_seconds is not null), '{}'),
        coalesce(array_agg(m.resolve_seconds) filter (where m.resolve_seconds is not null), '{}'),
        count(*) filter (where m.acknowledge_breached)::int, sum(m.update_breaches)::int, sum(m.obligations_on_time)::int, sum(m.obligations_late)::int,
        sum(m.action_items_open)::int, sum(m.action_items_overdue)::int, sum(m.evidence_count)::int,
        coalesce((select jsonb_object_agg(e.key, e.total) from (
          select each.key, sum(each.value::int) as total from unnest(array_agg(m.cluster_actions) filter (where m.cluster_actions <> '{}'::jsonb)) as c(actions), jsonb_each_text(c.actions) as each group by each.key
        ) as e), '{}'::jsonb)
      from jsonb_to_recordset(${json}::jsonb) as k(day date, "severityKey" text, category text, drill boolean, restricted boolean)
      join incident_metrics m on m.drill = k.drill and m.declared_at >= k.day and m.declared_at < k.day + 1
        and m.severity_key = k."severityKey" and m.category = k.category and m.restricted = k.restricted
      group by k.day, k."severityKey", k.category, k.drill, k.restricted`,
  ]);
}
