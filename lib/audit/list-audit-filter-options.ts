import "server-only";
import { db } from "@/lib/db";

// What the audit log's filters offer: everyone who has an account (also
// deactivated ones, who still appear in the trail), and the actions and
// target kinds that occur. The distinct values are read by skipping through
// their index (a loose index scan), so a long log costs one probe per value.
export async function listAuditFilterOptions() {
  const [people, actions, targetTypes] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, name: true, email: true } }),
    db.$queryRaw<{ value: string }[]>`
      with recursive distinct_values(value) as (
        (select action from audit_log order by action limit 1)
        union all
        select (select a.action from audit_log a where a.action > d.value order by a.action limit 1)
        from distinct_values d where d.value is not null
      )
      select value from distinct_values where value is not null`,
    db.$queryRaw<{ value: string }[]>`
      with recursive distinct_values(value) as (
        (select target_type from audit_log order by target_type limit 1)
        union all
        select (select a.target_type from audit_log a where a.target_type > d.value order by a.target_type limit 1)
        from distinct_values d where d.value is not null
      )
      select value from distinct_values where value is not null`,
  ]);
  return { people, actions: actions.map((row) => row.value), targetTypes: targetTypes.map((row) => row.value) };
}

export type AuditFilterOptions = Awaited<ReturnType<typeof listAuditFilterOptions>>;
