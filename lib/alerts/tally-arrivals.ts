import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Concurrent senders spread over this many rows per source and minute, so
// a flood does not queue on one row lock; the audit job adds them up.
const SHARDS = 8;

export type Arrivals = { events: number; newAlerts: number; resolved: number };

// The audit log learns of arrivals a minute at a time
// (audit-alert-arrivals.ts), not through a chained entry per event that
// every sender would queue behind. Each request adds its counts in its own
// transaction: an event is tallied if and only if it was stored. The ingest
// embeds this statement in its upsert, saving a round trip per request.
export function tallySql(sourceId: string, events: Prisma.Sql, newAlerts: Prisma.Sql, resolved: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    insert into alert_arrival_tallies as t (source_id, minute, shard, events, new_alerts, resolved)
    select ${sourceId}::uuid, date_trunc('minute', now() at time zone 'utc'), floor(random() * ${SHARDS})::smallint, ${events}, ${newAlerts}, ${resolved}
    on conflict (source_id, minute, shard) do update set
      events = t.events + excluded.events,
      new_alerts = t.new_alerts + excluded.new_alerts,
      resolved = t.resolved + excluded.resolved
    returning 1`;
}

export async function tallyArrivals(tx: Tx, sourceId: string, arrivals: Arrivals): Promise<void> {
  await tx.$executeRaw`${tallySql(sourceId, Prisma.sql`${arrivals.events}`, Prisma.sql`${arrivals.newAlerts}`, Prisma.sql`${arrivals.resolved}`)}`;
}
