import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { lockPostMortem } from "@/lib/post-mortems/review/lock-post-mortem";
import { findPersonForIncident } from "@/lib/post-mortems/review/find-person-for-incident";
import { checkActionItem } from "@/lib/rules/post-mortem-reviews/action-items";
import { parseInput } from "@/lib/validation";
import { ACTION_ITEM_SELECT, withOwnerNames } from "./action-item-select";
import { notifyOwner } from "./notify-owner";
import { ZCreateActionItemInput, type TCreateActionItemInput } from "./schemas";

// Adds follow-up work to a review. Action items are tracked until done, so
// they can be added in any state of the review, published included.
export async function createActionItem(user: SessionUser, actor: Actor, postMortemId: string, input: TCreateActionItemInput, now = new Date()) {
  const data = parseInput(ZCreateActionItemInput, input);
  const problems = checkActionItem({ ownerId: data.ownerId, dueOn: data.dueOn, externalUrl: data.externalUrl }, { now, creating: true });
  if (Object.keys(problems).length > 0) throw badRequest(Object.values(problems).flat().join(" "), problems);
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    const owner = await findPersonForIncident(tx, data.ownerId, postMortem.incidentId, "ownerId");
    const item = await tx.postMortemActionItem.create({
      data: {
        postMortemId,
        incidentId: postMortem.incidentId,
        title: data.title,
        description: data.description,
        ownerId: owner.id,
        dueAt: data.dueOn,
        priority: data.priority,
        kind: data.kind,
        externalUrl: data.externalUrl ?? null,
        createdById: user.id,
      },
      select: ACTION_ITEM_SELECT,
    });
    await recordPostMortemChange(tx, actor, postMortem, {
      type: "action_item_added",
      data: { actionItemId: item.id, title: item.title, owner: { id: owner.id, name: owner.name }, dueOn: item.dueAt.toISOString().slice(0, 10), kind: item.kind, priority: item.priority },
    });
    if (owner.id !== user.id) await notifyOwner(tx, { item, assignedBy: user.name, now });
    const [named] = await withOwnerNames([item], tx);
    return named!;
  });
}
