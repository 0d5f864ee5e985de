import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isTimelineGroup, STEP_EVENT_TYPE, TIMELINE_GROUPS, type TimelineGroup } from "@/lib/rules/incidents/timeline-groups";
import { parseInput } from "@/lib/validation";
import { isUuid } from "./incident-id";
import { ZTimelineQuery } from "./schemas";
import { visibleIncidents } from "./visibility";

// Newest first, keyset-paged by event id; filterable by type, by group
// (cluster actions, evidence, deadlines, notifications…) and key events.
export async function listTimeline(user: SessionUser, incidentId: string, input: unknown) {
  const query = parseInput(ZTimelineQuery, input, "Query");
  if (!isUuid(incidentId)) throw notFound("Incident");
  const visible = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  if (!visible) throw notFound("Incident");
  const rows = await db.timelineEvent.findMany({
    where: {
      incidentId,
      type: typeFilter(query.type),
      ...(query.keyOnly ? { isKey: true } : {}),
      ...(query.before ? { id: { lt: query.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: { id: true, at: true, actorLabel: true, type: true, body: true, data: true, isKey: true },
  });
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((event) => ({ ...event, id: event.id.toString() })),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null,
  };
}

function typeFilter(type: string | undefined): Prisma.StringFilter | string {
  if (!type) return { not: STEP_EVENT_TYPE };
  if (!isTimelineGroup(type)) return type;
  const group: TimelineGroup = TIMELINE_GROUPS[type];
  if (group.prefix) return { startsWith: group.prefix, not: STEP_EVENT_TYPE };
  return { in: [...(group.types ?? [])] };
}

export type TimelineEntry = Awaited<ReturnType<typeof listTimeline>>["events"][number];
