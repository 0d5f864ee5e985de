import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";

// Key events are what the status page and the post-mortem lead with. The
// event itself is never edited; the marking is its own record.
export async function markKeyEvent(user: SessionUser, actor: Actor, incidentId: string, eventId: bigint, isKey: boolean) {
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    const updated = await tx.timelineEvent.updateMany({ where: { id: eventId, incidentId }, data: { isKey } });
    if (updated.count === 0) throw notFound("Timeline event");
    await recordIncidentChange(tx, actor, incidentId, { type: isKey ? "key_event_marked" : "key_event_unmarked", data: { eventId: eventId.toString() } });
    return { eventId: eventId.toString(), isKey };
  });
}
