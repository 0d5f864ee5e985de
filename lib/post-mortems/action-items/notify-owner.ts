import "server-only";
import type { Tx } from "@/lib/db";
import { queueNotification } from "@/lib/notify/queue-notification";

type Item = { id: string; incidentId: string; postMortemId: string; title: string; ownerId: string; dueAt: Date };

// Tells an owner about their action item, in the caller's transaction.
// Keyed by item and owner: handing it back and forth tells each owner once.
export function notifyOwner(tx: Tx, input: { item: Item; assignedBy: string; now: Date }) {
  const { item } = input;
  return queueNotification(tx, {
    type: "action_item_assigned",
    incidentId: item.incidentId,
    key: `${item.id}:${item.ownerId}`,
    userIds: [item.ownerId],
    personalOnly: true,
    data: { actionItemId: item.id, postMortemId: item.postMortemId, title: item.title, dueAt: item.dueAt.toISOString(), assignedBy: input.assignedBy },
    now: input.now,
  });
}
