import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InsightsFilter } from "@/lib/rules/insights/insights-range";

const DAY_MS = 24 * 60 * 60_000;

// Where the figures of a range come from, as two SQL sources with the same
// meaning: `days`, the daily rollup rows for the whole UTC days inside the
// range, and `live`, single incidents' metrics rows for the partial days at
// its ends. Visibility as in lib/incidents/visibility.ts: rollup rows of
// restricted incidents are read only by those who see every incident; anyone
// else gets the restricted incidents they take part in row by row, so no
// total includes an incident they may not see.
export function insightsSources(user: Pick<SessionUser, "id" | "role">, filter: InsightsFilter): { days: Prisma.Sql; live: Prisma.Sql } {
  const seesAll = can(user.role, "restricted:read-all");
  let firstWholeDay = new Date(Math.ceil(filter.from.getTime() / DAY_MS) * DAY_MS);
  let endOfWholeDays = new Date(Math.floor(filter.to.getTime() / DAY_MS) * DAY_MS);
  if (firstWholeDay >= endOfWholeDays) firstWholeDay = endOfWholeDays = filter.to;

  const drill = filter.drills === "only";
  const filters = (alias: "m" | "d") => {
    const parts: Prisma.Sql[] = [];
    if (filter.severities.length > 0) parts.push(Prisma.sql`${Prisma.raw(alias)}.severity_key = any(${filter.severities}::text[])`);
    if (filter.categories.length > 0) parts.push(Prisma.sql`${Prisma.raw(alias)}.category = any(${filter.categories}::text[])`);
    return parts.length > 0 ? Prisma.sql` and ${Prisma.join(parts, " and ")}` : Prisma.empty;
  };
  const participates = Prisma.sql`exists (select 1 from incident_participants p where p.incident_id = m.incident_id and p.user_id = ${user.id}::uuid)`;
  const visible = seesAll ? Prisma.empty : Prisma.sql` and (not m.restricted or ${participates})`;
  const columns = Prisma.sql`m.declared_at, m.severity_key, m.category, m.acknowledge_seconds, m.contain_seconds, m.resolve_seconds, m.acknowledge_breached,
    m.update_breaches, m.obligations_on_time, m.obligations_late, m.action_items_open, m.action_items_overdue, m.evidence_count, m.cluster_actions`;

  const edges = Prisma.sql`
    select ${columns} from incident_metrics m
    where m.drill = ${drill} and m.declared_at >= ${filter.from} and m.declared_at < ${filter.to}
      and (m.declared_at < ${firstWholeDay} or m.declared_at >= ${endOfWholeDays})${filters("m")}${visible}`;
  const restrictedInside = Prisma.sql`
    select ${columns} from incident_metrics m
    where m.restricted and m.drill = ${drill} and m.declared_at >= ${firstWholeDay} and m.declared_at < ${endOfWholeDays}${filters("m")} and ${participates}`;
  const live = seesAll ? edges : Prisma.sql`${edges} union all ${restrictedInside}`;

  const days = Prisma.sql`
    select d.* from insight_days d
    where d.drill = ${drill} and d.day >= ${firstWholeDay}::date and d.day < ${endOfWholeDays}::date${filters("d")}${seesAll ? Prisma.empty : Prisma.sql` and not d.restricted`}`;
  return { days, live };
}
