import "server-only";
import { transaction, type Tx } from "@/lib/db";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { hashCanonicalJson } from "@/lib/evidence/canonical-json";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedAlert } from "@/lib/rules/alerts/types";
import { announceRepeats } from "./announce-repeats";
import { noteResolvedAlertsQueue, routeAlertGroupsQueue } from "./job-queues";
import { tallyArrivals, tallySql } from "./tally-arrivals";

// The first few payloads of a group are kept; after that a repeat is a count.
export const MAX_SAMPLES_PER_GROUP = 5;

type UpsertedRow = { id: string; fingerprint: string; count: number; inserted: boolean };

// One fingerprint's arrivals in a write: the first alert (its fields make
// the group), how many came, and the first few payloads to keep as samples.
export type FoldedAlert = { alert: NormalizedAlert; n: number; samples: NormalizedAlert["raw"][] };

export function foldInto(folded: Map<string, FoldedAlert>, alert: NormalizedAlert): FoldedAlert {
  const seen = folded.get(alert.fingerprint);
  if (!seen) {
    const first = { alert, n: 1, samples: [alert.raw] };
    folded.set(alert.fingerprint, first);
    return first;
  }
  seen.n += 1;
  if (seen.samples.length < MAX_SAMPLES_PER_GROUP) seen.samples.push(alert.raw);
  return seen;
}

export type StoredAlerts = { accepted: number; groups: number; newGroups: number; resolved: number };

// Stores one request's alerts in one transaction. Repeats of the same
// fingerprint in the batch are folded first, then a single
// INSERT … ON CONFLICT … DO UPDATE counts them: PostgreSQL's row lock makes
// concurrent repeats add up exactly, with no read-then-write race.
export async function storeAlerts(sourceId: string, alerts: readonly NormalizedAlert[]): Promise<StoredAlerts> {
  const firing = new Map<string, FoldedAlert>();
  const resolved = new Set<string>();
  for (const alert of alerts) {
    if (alert.status === "resolved") {
      firing.delete(alert.fingerprint);
      resolved.add(alert.fingerprint);
      continue;
    }
    resolved.delete(alert.fingerprint);
    foldInto(firing, alert);
  }
  const stored = await transaction(async (tx) => {
    // The upsert also tallies the request's events for the arrivals audit;
    // a batch of resolutions alone is tallied on its own.
    const rows = firing.size > 0 ? await upsertGroups(tx, sourceId, [...firing.values()], alerts.length) : [];
    const closed = resolved.size > 0 ? await resolveGroups(tx, sourceId, [...resolved]) : [];
    const newIds = rows.filter((row) => row.inserted).map((row) => row.id);
    if (newIds.length > 0) await enqueueInTransaction(tx, routeAlertGroupsQueue, { groupIds: newIds });
    for (const incidentId of new Set(closed.map((row) => row.incident_id).filter((id): id is string => id !== null))) {
      await enqueueInTransaction(tx, noteResolvedAlertsQueue, { incidentId });
    }
    if (newIds.length > 0 || closed.length > 0) await tx.$executeRaw`select pg_notify('alerts_changed', ${sourceId})`;
    if (firing.size === 0 || closed.length > 0) {
      await tallyArrivals(tx, sourceId, { events: firing.size === 0 ? alerts.length : 0, newAlerts: 0, resolved: closed.length });
    }
    return { accepted: alerts.length, groups: rows.length, newGroups: newIds.length, resolved: closed.length };
  });
  if (stored.groups > stored.newGroups) announceRepeats();
  return stored;
}

// With `notifyNew`, the statement also wakes open inboxes when it created a
// group, so a write can be one statement (atomic without a transaction).
export function upsertGroups(tx: Pick<Tx, "$queryRaw">, sourceId: string, items: FoldedAlert[], events: number, options: { notifyNew?: boolean } = {}): Promise<UpsertedRow[]> {
  const input = JSON.stringify(
    items.map(({ alert, n, samples }) => ({
      fingerprint: alert.fingerprint,
      group_key: alert.groupKey,
      n,
      priority: alert.priority,
      priority_rank: alert.priorityRank,
      title: alert.title,
      rule_name: alert.ruleName,
      cluster: alert.cluster,
      namespace: alert.namespace,
      pod: alert.pod,
      node: alert.node,
      container: alert.container,
      labels: alert.labels,
      samples: samples.map((raw) => ({ raw, sha256: hashCanonicalJson(raw).sha256 })),
    })),
  );
  // Timestamps are UTC wall-clock, as Prisma stores timestamp(3) columns.
  return tx.$queryRaw<UpsertedRow[]>`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb) as x(
        fingerprint text, group_key text, n int, priority text, priority_rank int, title text, rule_name text,
        cluster text, namespace text, pod text, node text, container text, labels jsonb, samples jsonb)
    ), upserted as (
      insert into alert_groups as g (id, source_id, fingerprint, group_key, state, count, first_seen_at, last_seen_at,
        priority, priority_rank, title, rule_name, cluster, namespace, pod, node, container, labels)
      select gen_random_uuid(), ${sourceId}::uuid, fingerprint, group_key, 'new', n, now() at time zone 'utc', now() at time zone 'utc',
        priority, priority_rank, title, rule_name, cluster, namespace, pod, node, container, coalesce(labels, '{}'::jsonb)
      -- One lock order for every writer (two writes may be in flight).
      from input order by fingerprint
      on conflict (source_id, fingerprint) where resolved_at is null do update set
        count = g.count + excluded.count,
        last_seen_at = excluded.last_seen_at,
        priority = case when excluded.priority_rank < g.priority_rank then excluded.priority else g.priority end,
        priority_rank = least(g.priority_rank, excluded.priority_rank)
      returning g.id, g.fingerprint, g.count, (xmax = 0) as inserted
    ), sampled as (
      insert into alert_samples (group_id, received_at, payload, sha256)
      select u.id, now() at time zone 'utc', s.sample -> 'raw', s.sample ->> 'sha256'
      from upserted u join input i using (fingerprint)
        cross join lateral jsonb_array_elements(i.samples) with ordinality as s(sample, position)
      -- u.count - i.n is the count before this write.
      where u.count - i.n + s.position <= ${MAX_SAMPLES_PER_GROUP}
      returning group_id
    ), tallied as (
      ${tallySql(sourceId, Prisma.sql`${events}`, Prisma.sql`(select count(*)::int from upserted where inserted)`, Prisma.sql`0`)}
    ), notified as (
      select pg_notify('alerts_changed', ${sourceId}) where ${options.notifyNew ?? false} and exists (select 1 from upserted where inserted)
    )
    -- Referencing the notice is what runs it (a plain select in WITH runs only when read).
    select id::text, fingerprint, count, inserted, (select count(*) from notified) > 0 as notified from upserted`;
}

// Alertmanager's "resolved": the open group of that fingerprint closes, and
// a later firing of it starts a new group.
function resolveGroups(tx: Tx, sourceId: string, fingerprints: string[]) {
  return tx.$queryRaw<{ id: string; incident_id: string | null }[]>`
    update alert_groups set state = 'resolved', resolved_at = now() at time zone 'utc', last_seen_at = now() at time zone 'utc'
    where source_id = ${sourceId}::uuid and resolved_at is null
      and fingerprint in (select jsonb_array_elements_text(${JSON.stringify(fingerprints)}::jsonb))
    returning id::text, incident_id::text`;
}
