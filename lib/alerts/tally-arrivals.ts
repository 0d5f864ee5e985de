import "server-only";
import type { Tx } from "@/lib/db";

// Concurrent senders spread over this many rows per source and minute, so
// a flood does not queue on one row lock; the audit job adds them up.
const SHARDS = 8;

export type Arrivals = { events: number; newAlerts: number; resolved: number };

// Counts a request's alerts towards its minute, in the request's own
// transaction: an event is tallied if and only if it was stored.
export async function tallyArrivals(tx: Tx, sourceId: string, arrivals: Arrivals): Promise<void> {
  await tx.$executeRaw`
    insert into alert_arrival_tallies as t (source_id, minute, shard, events, new_alerts, resolved)
    values (${sourceId}::uuid, date_trunc('minute', now() at time zone 'utc'), floor(random() * ${SHARDS})::smallint,
      ${arrivals.events}, ${arrivals.newAlerts}, ${arrivals.resolved})
    on conflict (source_id, minute, shard) do update set
      events = t.events + excluded.events,
      new_alerts = t.new_alerts + excluded.new_alerts,
      resolved = t.resolved + excluded.resolved`;
}
