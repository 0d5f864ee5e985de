import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_KINDS, classifyEvent, eventTypeFilter, type EventKind } from "@/lib/rules/post-mortems/event-kinds";
import { parseInput } from "@/lib/validation";
import { describeReviewEvent } from "./draft/describe-review-event";
import { findVisiblePostMortem } from "./find-post-mortem";
import { ZReviewTimelineQuery } from "./schemas";

type Row = { id: bigint; at: Date; type: string; actorLabel: string; body: string | null; data: unknown; isKey: boolean; included: boolean | null; commentary: string | null };

// The editor's full list of the incident's events, newest first, keyset
// paged and filterable by kind, each with the author's choice about it.
export async function listReviewTimeline(user: SessionUser, postMortemId: string, input: unknown) {
  const query = parseInput(ZReviewTimelineQuery, input, "Query");
  const review = await findVisiblePostMortem(user, postMortemId);
  const kind = EVENT_KINDS.includes(query.kind as EventKind) ? (query.kind as EventKind) : null;
  const conditions: Prisma.Sql[] = [Prisma.sql`e.incident_id = ${review.incidentId}::uuid`, Prisma.sql`e.type not like 'post\\_mortem.%'`];
  if (query.keyOnly) conditions.push(Prisma.sql`e.is_key`);
  if (query.before) conditions.push(Prisma.sql`e.id < ${BigInt(query.before)}`);
  if (kind) conditions.push(kindCondition(kind));
  const rows = await db.$queryRaw<Row[]>`
    select e.id, e.at, e.type, e.actor_label as "actorLabel", e.body, e.data, e.is_key as "isKey", s.included, s.commentary
    from timeline_events e
    left join post_mortem_event_selections s on s.post_mortem_id = ${review.id}::uuid and s.event_id = e.id
    where ${Prisma.join(conditions, " and ")}
    order by e.id desc
    limit ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      type: row.type,
      kind: classifyEvent(row.type),
      actor: row.actorLabel,
      text: describeReviewEvent(row),
      isKey: row.isKey,
      // Key events are in the review unless left out; others only when pulled in.
      included: row.included ?? row.isKey,
      commentary: row.commentary ?? "",
    })),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null,
  };
}

function kindCondition(kind: EventKind): Prisma.Sql {
  const filter = eventTypeFilter(kind);
  if (!filter) {
    // "Other": whatever no known kind claims.
    const known = EVENT_KINDS.filter((k) => k !== "other").map((k) => kindCondition(k));
    return Prisma.sql`not (${Prisma.join(known, " or ")})`;
  }
  const parts: Prisma.Sql[] = [];
  if (filter.exact.length) parts.push(Prisma.sql`e.type in (${Prisma.join(filter.exact)})`);
  for (const prefix of filter.prefixes) parts.push(Prisma.sql`e.type like ${`${prefix.replace(/_/g, "\\_")}%`}`);
  return Prisma.sql`(${Prisma.join(parts, " or ")})`;
}

export type ReviewTimelinePage = Awaited<ReturnType<typeof listReviewTimeline>>;
