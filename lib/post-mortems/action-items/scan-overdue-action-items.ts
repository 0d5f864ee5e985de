import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { log } from "@/lib/log";
import { queueNotification } from "@/lib/notify/queue-notification";
import { startOfUtcDay } from "@/lib/rules/post-mortem-reviews/action-items";

const BATCH = 200;

// Tells each owner once that their action item is overdue. The item is
// marked in the same transaction as the notification, conditionally on not
// being marked yet, so a rerun or a second worker finds it done; the
// notification's own key makes a retried transaction a no-op too.
export async function scanOverdueActionItems(now = new Date()): Promise<number> {
  const due = await db.postMortemActionItem.findMany({
    where: { state: { in: ["OPEN", "IN_PROGRESS"] }, dueAt: { lt: startOfUtcDay(now) }, overdueNotifiedAt: null },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: BATCH,
    select: { id: true },
  });
  let notified = 0;
  for (const { id } of due) {
    try {
      if (await notifyOverdue(id, now)) notified += 1;
    } catch (error) {
      log.error({ err: error, actionItemId: id }, "could not queue the overdue action item notification");
    }
  }
  return notified;
}

async function notifyOverdue(id: string, now: Date): Promise<boolean> {
  return transaction(async (tx) => {
    const claimed = await tx.postMortemActionItem.updateMany({
      where: { id, overdueNotifiedAt: null, state: { in: ["OPEN", "IN_PROGRESS"] }, dueAt: { lt: startOfUtcDay(now) } },
      data: { overdueNotifiedAt: now },
    });
    if (claimed.count !== 1) return false;
    const item = await tx.postMortemActionItem.findUniqueOrThrow({
      where: { id },
      select: { id: true, postMortemId: true, incidentId: true, title: true, ownerId: true, dueAt: true },
    });
    const dueOn = item.dueAt.toISOString().slice(0, 10);
    await recordPostMortemChange(tx, SYSTEM_ACTOR, { id: item.postMortemId, incidentId: item.incidentId }, {
      type: "action_item_overdue",
      data: { actionItemId: item.id, title: item.title, ownerId: item.ownerId, dueOn },
    });
    await queueNotification(tx, {
      type: "action_item_overdue",
      incidentId: item.incidentId,
      key: `${item.id}:${dueOn}`,
      userIds: [item.ownerId],
      personalOnly: true,
      data: { actionItemId: item.id, postMortemId: item.postMortemId, title: item.title, dueAt: item.dueAt.toISOString() },
      now,
    });
    return true;
  });
}
