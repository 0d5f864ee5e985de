import "server-only";
import { db } from "@/lib/db";
import type { DocumentTimelineEvent } from "@/lib/rules/post-mortems/document-types";
import { classifyEvent } from "@/lib/rules/post-mortems/event-kinds";
import { describeReviewEvent } from "./describe-review-event";

type Row = { id: bigint; at: Date; type: string; actorLabel: string; body: string | null; data: unknown; isKey: boolean; commentary: string | null };

// The events the review tells: key events unless the author left them out,
// and any other event the author pulled in — each with its commentary. The
// review's own edits (post_mortem.*) are never part of it. One indexed pass
// over the incident's events, however many there are.
export async function readDocumentTimeline(postMortemId: string, incidentId: string): Promise<{ totalEvents: number; events: DocumentTimelineEvent[] }> {
  const [rows, total] = await Promise.all([
    db.$queryRaw<Row[]>`
      select e.id, e.at, e.type, e.actor_label as "actorLabel", e.body, e.data, e.is_key as "isKey", s.commentary
      from timeline_events e
      left join post_mortem_event_selections s on s.post_mortem_id = ${postMortemId}::uuid and s.event_id = e.id
      where e.incident_id = ${incidentId}::uuid
        and e.type not like 'post\\_mortem.%'
        and ((e.is_key and coalesce(s.included, true)) or s.included)
      order by e.at, e.id`,
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
  const [counts] = await db.$queryRaw<{ included: bigint; total: bigint }[]>`
    select count(*) filter (where (e.is_key and coalesce(s.included, true)) or s.included) as included, count(*) as total
    from timeline_events e
    left join post_mortem_event_selections s on s.post_mortem_id = ${postMortemId}::uuid and s.event_id = e.id
    where e.incident_id = ${incidentId}::uuid and e.type not like 'post\\_mortem.%'`;
  return { includedEvents: Number(counts?.included ?? 0), totalEvents: Number(counts?.total ?? 0) };
}
