import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { lockPostMortem } from "@/lib/post-mortems/review/lock-post-mortem";
import { findPersonForIncident } from "@/lib/post-mortems/review/find-person-for-incident";
import { checkActionItem } from "@/lib/rules/post-mortem-reviews/action-items";
import { parseInput } from "@/lib/validation";
import { ACTION_ITEM_SELECT, withOwnerNames } from "./action-item-select";
import { notifyOwner } from "./notify-owner";
import { ZUpdateActionItemInput, type TUpdateActionItemInput } from "./schemas";

// Changes an action item: its fields, its owner (who is told) or its state
// (won't do needs a reason). Conditional on the version the caller saw.
export async function updateActionItem(user: SessionUser, actor: Actor, postMortemId: string, itemId: string, input: TUpdateActionItemInput, now = new Date()) {
  const change = parseInput(ZUpdateActionItemInput, input);
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    if (!isUuid(itemId)) throw notFound("Action item");
    const item = await tx.postMortemActionItem.findFirst({ where: { id: itemId, postMortemId }, select: ACTION_ITEM_SELECT });
    if (!item) throw notFound("Action item");
    if (change.expectedVersion !== undefined && change.expectedVersion !== item.version) {
      throw conflict("Someone else changed this action item a moment ago. Reload to see their change, then try again.");
    }
    const state = change.state ?? item.state;
    const stateReason = state === "WONT_DO" ? (change.stateReason ?? item.stateReason) : null;
    const externalUrl = change.externalUrl === undefined ? item.externalUrl : change.externalUrl;
    const dueOn = change.dueOn ?? item.dueAt;
    const ownerId = change.ownerId ?? item.ownerId;
    const problems = checkActionItem({ ownerId, dueOn, state, wontDoReason: stateReason, externalUrl }, { now, creating: false });
    if (Object.keys(problems).length > 0) throw badRequest(Object.values(problems).flat().join(" "), problems);
    const newOwner = ownerId !== item.ownerId ? await findPersonForIncident(tx, ownerId, postMortem.incidentId, "ownerId") : null;

    const dueChanged = dueOn.getTime() !== item.dueAt.getTime();
    const updated = await tx.postMortemActionItem.updateMany({
      where: { id: itemId, version: item.version },
      data: {
        title: change.title,
        description: change.description,
        ownerId,
        dueAt: dueOn,
        priority: change.priority,
        kind: change.kind,
        state,
        stateReason,
        externalUrl,
        doneAt: state === "DONE" ? (item.doneAt ?? now) : null,
        // A new due date (or owner) deserves its own overdue notice.
        ...(dueChanged || newOwner ? { overdueNotifiedAt: null } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw conflict("Someone else changed this action item at the same moment. Reload and try again.");
    const after = await tx.postMortemActionItem.findUniqueOrThrow({ where: { id: itemId }, select: ACTION_ITEM_SELECT });
    await recordPostMortemChange(tx, actor, postMortem, {
      type: "action_item_changed",
      data: { actionItemId: itemId, title: after.title, changes: describeChanges(item, after) },
    });
    if (newOwner && newOwner.id !== user.id) await notifyOwner(tx, { item: after, assignedBy: user.name, now });
    const [named] = await withOwnerNames([after], tx);
    return named!;
  });
}

type Snapshot = Record<string, unknown>;

// Before → after for each field that changed, dates as days, for the record.
function describeChanges(before: Snapshot, after: Snapshot): Record<string, { from: unknown; to: unknown }> {
  const fields = ["title", "description", "ownerId", "dueAt", "priority", "kind", "state", "stateReason", "externalUrl"];
  const plain = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    const from = plain(before[field]);
    const to = plain(after[field]);
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}
