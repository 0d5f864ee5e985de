import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visiblePostMortems } from "@/lib/post-mortems/review/lock-post-mortem";
import { isActionItemOverdue } from "@/lib/rules/post-mortem-reviews/action-items";
import { ACTION_ITEM_SELECT, withOwnerNames } from "./action-item-select";
import { listAssignablePeople } from "./list-assignable-people";

// A review's action items, oldest first, every state: a review shows what
// was decided, including what was dropped and why. Reviews hold tens of
// items, not thousands, so this list is not paged.
export async function listActionItems(user: SessionUser, postMortemId: string, now = new Date()) {
  if (!isUuid(postMortemId)) throw notFound("Post-mortem");
  const postMortem = await db.postMortem.findFirst({ where: { id: postMortemId, ...visiblePostMortems(user) }, select: { id: true, incidentId: true } });
  if (!postMortem) throw notFound("Post-mortem");
  const [rows, people] = await Promise.all([
    db.postMortemActionItem.findMany({ where: { postMortemId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 500, select: ACTION_ITEM_SELECT }),
    listAssignablePeople(postMortem.incidentId),
  ]);
  const items = await withOwnerNames(rows);
  return { items: items.map((item) => ({ ...item, overdue: isActionItemOverdue({ dueOn: item.dueAt, state: item.state }, now) })), people };
}
