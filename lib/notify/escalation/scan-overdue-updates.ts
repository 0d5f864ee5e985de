import "server-only";
import { db, transaction } from "@/lib/db";
import { log } from "@/lib/log";
import { UPDATE_CADENCE_STATUSES } from "@/lib/rules/incidents/clocks";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { queueNotification } from "../queue-notification";

// Older misses were either handled or belong to incidents left open by
// mistake; paging about them on first start would only be noise.
const LOOKBACK_MS = 24 * 60 * 60_000;

type Overdue = { id: string; due_ms: bigint };

// "SEV1 update overdue by 5 min": finds incidents whose status-update
// cadence has passed and tells the lead, comms and the severity's channels,
// once per missed update (the due time is the event's key). The SQL skips
// misses already notified, so the minutely scan stays cheap.
export async function scanOverdueUpdates(now = new Date()): Promise<number> {
  const policies = await listSeverityPolicies();
  let queued = 0;
  for (const policy of policies) {
    const everyMs = policy.updateEveryMinutes * 60_000;
    const rows = await db.$queryRaw<Overdue[]>`
      select i.id::text as id,
             (extract(epoch from greatest(i.declared_at, coalesce(i.last_update_at, i.declared_at))) * 1000)::bigint + ${everyMs}::bigint as due_ms
      from incidents i
      where i.severity_key = ${policy.key}
        and i.status::text = any(${[...UPDATE_CADENCE_STATUSES]}::text[])
        and greatest(i.declared_at, coalesce(i.last_update_at, i.declared_at)) < ${new Date(now.getTime() - everyMs)}
        and greatest(i.declared_at, coalesce(i.last_update_at, i.declared_at)) >= ${new Date(now.getTime() - everyMs - LOOKBACK_MS)}
        and not exists (
          select 1 from notification_events e
          where e.dedup_key = 'update_overdue:' || i.id::text || ':' || ((extract(epoch from greatest(i.declared_at, coalesce(i.last_update_at, i.declared_at))) * 1000)::bigint + ${everyMs}::bigint)::text
        )
      limit 200`;
    for (const row of rows) {
      const due = new Date(Number(row.due_ms));
      try {
        await transaction((tx) =>
          queueNotification(tx, {
            type: "update_overdue",
            incidentId: row.id,
            key: String(due.getTime()),
            data: { dueAt: due.toISOString(), overdueMinutes: Math.floor((now.getTime() - due.getTime()) / 60_000) },
            now,
          }),
        );
        queued += 1;
      } catch (error) {
        log.error({ err: error, incidentId: row.id }, "could not queue the overdue-update notification");
      }
    }
  }
  return queued;
}
