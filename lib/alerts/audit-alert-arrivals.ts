import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";

export const ARRIVALS_ACTOR: Actor = { id: null, label: "alert ingestion" };

type MinuteRow = { minute: Date; source_id: string; name: string | null; events: number; new_alerts: number; resolved: number };

export type AuditedMinute = { minute: string; events: number; sources: number };

// Puts arrivals on the hash-chained audit log: one entry per minute that had
// any, naming each source's events, new alerts and resolutions. A minute is
// audited once it is over by a full minute (no ingest transaction runs that
// long), and its tallies are marked in the same transaction as the entry, so
// every minute is recorded exactly once even if the job runs twice.
export async function auditAlertArrivals(): Promise<AuditedMinute[]> {
  return transaction(async (tx) => {
    // One auditor at a time; a second waits, then finds the work done.
    await tx.$executeRaw`select pg_advisory_xact_lock(7340015)`;
    const rows = await tx.$queryRaw<MinuteRow[]>`
      select t.minute, t.source_id::text, s.name, sum(t.events)::int as events, sum(t.new_alerts)::int as new_alerts, sum(t.resolved)::int as resolved
      from alert_arrival_tallies t left join alert_sources s on s.id = t.source_id
      where t.audited_at is null and t.minute < date_trunc('minute', now() at time zone 'utc') - interval '1 minute'
      group by t.minute, t.source_id, s.name
      order by t.minute, s.name`;
    const byMinute = new Map<string, MinuteRow[]>();
    for (const row of rows) {
      const minute = row.minute.toISOString();
      byMinute.set(minute, [...(byMinute.get(minute) ?? []), row]);
    }
    const audited: AuditedMinute[] = [];
    for (const [minute, sources] of byMinute) {
      const events = sources.reduce((sum, row) => sum + row.events, 0);
      await appendAudit(tx, ARRIVALS_ACTOR, {
        action: "alert.arrivals",
        targetType: "alert_source",
        data: {
          minute,
          events,
          sources: sources.map((row) => ({ id: row.source_id, name: row.name, events: row.events, newAlerts: row.new_alerts, resolved: row.resolved })),
        },
      });
      audited.push({ minute, events, sources: sources.length });
    }
    if (rows.length > 0) {
      await tx.$executeRaw`
        update alert_arrival_tallies set audited_at = now() at time zone 'utc'
        where audited_at is null and minute < date_trunc('minute', now() at time zone 'utc') - interval '1 minute'`;
    }
    return audited;
  });
}
