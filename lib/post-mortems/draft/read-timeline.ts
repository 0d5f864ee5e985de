import "server-only";
import { db } from "@/lib/db";
import type { DocumentTimelineEvent } from "@/lib/rules/post-mortems/document-types";
import { classifyEvent } from "@/lib/rules/post-mortems/event-kinds";
import { describeReviewEvent } from "./describe-review-event";

type Row = { id: bigint; at: Date; type: string; actorLabel: string; body: string | null; data: unknown; isKey: boolean; commentary: string | null };

// The events the review tells: key events unless the author left them out,
// and any other event the author pulled in — each with its commentary. The
// review's own edits (post_mortem.*) are never part of it.
// Only key and selected events are read, however many were recorded.
export async function readDocumentTimeline(postMortemId: string, incidentId: string): Promise<{ totalEvents: number; events: DocumentTimelineEvent[] }> {
  const [rows, total] = await Promise.all([
    // Two small reads joined by "union all" rather than one left join over
    // every event: PostgreSQL estimates a review's selections at one row and
    // then loops over them once per event, which cost seconds at 10,000.
    db.$queryRaw<Row[]>`
      select e.id, e.at, e.type, e.actor_label as "actorLabel", e.body, e.data, e.is_key as "isKey", s.commentary
      from timeline_events e
      left join post_mortem_event_selections s on s.post_mortem_id = ${postMortemId}::uuid and s.event_id = e.id
      where e.incident_id = ${incidentId}::uuid and e.is_key and e.type not like 'post\\_mortem.%' and coalesce(s.included, true)
      union all
      select e.id, e.at, e.type, e.actor_label, e.body, e.data, e.is_key, s.commentary
      from post_mortem_event_selections s
      join timeline_events e on e.id = s.event_id
      where s.post_mortem_id = ${postMortemId}::uuid and s.included and not e.is_key
        and e.incident_id = ${incidentId}::uuid and e.type not like 'post\\_mortem.%'
      order by 2, 1`,
    db.$queryRaw<{ count: bigint }[]>`
      select count(*) as count from timeline_events
      where incident_id = ${incidentId}::uuid and type not like 'post\\_mortem.%'`,
  ]);
  return {
    totalEvents: Number(total[0]?.count ?? 0),
    events: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      type: row.type,
      kind: classifyEvent(row.type),
      actor: row.actorLabel,
      text: describeReviewEvent(row),
      isKey: row.isKey,
      commentary: row.commentary ?? "",
    })),
  };
}

// How many events the review tells out of how many were recorded, without
// reading them: the editor shows the counts and pages the events itself.
export async function countDocumentTimeline(postMortemId: string, incidentId: string): Promise<{ includedEvents: number; totalEvents: number }> {
  // Included = key events + non-key events pulled in − key events left out;
  // counted from the incident's events and the review's selections apart,
  // for the same reason as in readDocumentTimeline.
  const [counts] = await db.$queryRaw<{ total: bigint; key: bigint; delta: bigint }[]>`
    select e.total, e.key, coalesce(s.delta, 0) as delta
    from (
      select count(*) as total, count(*) filter (where is_key) as key
      from timeline_events where incident_id = ${incidentId}::uuid and type not like 'post\\_mortem.%'
    ) e,
    (
      select count(*) filter (where s.included and not e.is_key) - count(*) filter (where not s.included and e.is_key) as delta
      from post_mortem_event_selections s
      join timeline_events e on e.id = s.event_id
      where s.post_mortem_id = ${postMortemId}::uuid and e.incident_id = ${incidentId}::uuid and e.type not like 'post\\_mortem.%'
    ) s`;
  return { includedEvents: Number((counts?.key ?? 0n) + (counts?.delta ?? 0n)), totalEvents: Number(counts?.total ?? 0n) };
}
