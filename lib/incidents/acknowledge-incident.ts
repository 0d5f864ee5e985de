import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";

// "I'm on it": acknowledges the caller's roles on the incident, and the
// incident itself the first time anyone does (which stops escalation).
export async function acknowledgeIncident(user: SessionUser, actor: Actor, incidentId: string) {
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    const now = new Date();
    const roles = await tx.incidentRole.updateMany({ where: { incidentId, userId: user.id, releasedAt: null, acknowledgedAt: null }, data: { acknowledgedAt: now } });
    const firstAcknowledgement = locked.acknowledgedAt === null;
    if (!firstAcknowledgement && roles.count === 0) throw conflict("Already acknowledged");
    await tx.incidentParticipant.upsert({ where: { incidentId_userId: { incidentId, userId: user.id } }, create: { incidentId, userId: user.id }, update: {}, select: { userId: true } });
    await bumpVersion(tx, incidentId, firstAcknowledgement ? { acknowledgedAt: now } : {});
    await recordIncidentChange(tx, actor, incidentId, {
      type: "acknowledged",
      isKey: firstAcknowledgement,
      data: { by: { id: user.id, name: user.name }, firstAcknowledgement, rolesAcknowledged: roles.count },
    });
    await queueNotification(tx, { type: "acknowledged", incidentId, data: { byName: user.name, firstAcknowledgement } });
    return { acknowledgedAt: firstAcknowledgement ? now : locked.acknowledgedAt };
  });
}
