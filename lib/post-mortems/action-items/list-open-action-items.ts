import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { isActionItemOverdue, startOfUtcDay } from "@/lib/rules/post-mortem-reviews/action-items";
import { parseInput } from "@/lib/validation";
import { ACTION_ITEM_SELECT, withOwnerNames } from "./action-item-select";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "./list-cursor";
import { ZListActionItemsQuery, type TListActionItemsQuery } from "./schemas";

// Every open action item across the incidents the user may see, soonest due
// first (overdue ones lead), keyset-paginated on (due, id).
export async function listOpenActionItems(user: SessionUser, input: TListActionItemsQuery, now = new Date()) {
  const query = parseInput(ZListActionItemsQuery, input, "Query");
  const filters: Prisma.PostMortemActionItemWhereInput[] = [{ state: { in: ["OPEN", "IN_PROGRESS"] } }];
  if (query.owner) filters.push({ ownerId: query.owner === "me" ? user.id : query.owner });
  if (query.overdue === "true") filters.push({ dueAt: { lt: startOfUtcDay(now) } });
  if (query.overdue === "false") filters.push({ dueAt: { gte: startOfUtcDay(now) } });
  if (query.cursor) {
    const cursor = decodeTimeIdCursor(query.cursor);
    filters.push({ OR: [{ dueAt: { gt: cursor.at } }, { dueAt: cursor.at, id: { gt: cursor.id } }] });
  }
  const rows = await db.postMortemActionItem.findMany({
    where: { AND: filters, postMortem: { incident: visibleIncidents(user) } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: { ...ACTION_ITEM_SELECT, postMortem: { select: { incident: { select: { id: true, number: true, title: true, severityKey: true } } } } },
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const items = await withOwnerNames(page);
  return {
    items: items.map(({ postMortem, ...item }) => ({
      ...item,
      overdue: isActionItemOverdue({ dueOn: item.dueAt, state: item.state }, now),
      incident: { ...postMortem.incident, reference: formatIncidentNumber(postMortem.incident.number) },
    })),
    nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor({ at: last.dueAt, id: last.id }) : null,
  };
}
