import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { bumpVersion } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { stopEscalations } from "../escalation/stop-escalations";
import { queueNotification } from "../queue-notification";
import { findAckToken } from "./find-ack-token";

export type LinkAcknowledgement = { incidentId: string; reference: string; firstAcknowledgement: boolean; by: string };

// "Acknowledge" clicked in a message. The link speaks for the person it was
// sent to; a link sent to a channel speaks for whoever is signed in (if
// they may see the incident) or, failing that, for "someone in <channel>".
// Consuming the link, the acknowledgement, its timeline event and audit
// entry, and stopping the escalation happen in one transaction.
export async function acknowledgeFromLink(token: string, signedIn: SessionUser | null, now = new Date()): Promise<LinkAcknowledgement> {
  return transaction(async (tx) => {
    const found = await findAckToken(tx, token, now);
    await tx.$executeRaw`select 1 from incidents where id = ${found.incidentId}::uuid for update`;
    const incident = await tx.incident.findUniqueOrThrow({ where: { id: found.incidentId }, select: { acknowledgedAt: true, status: true } });
    const recipient = found.recipientUserId ? await tx.user.findUnique({ where: { id: found.recipientUserId }, select: { id: true, name: true, email: true } }) : null;
    const viewer = !recipient && signedIn && (await tx.incident.count({ where: { id: found.incidentId, ...visibleIncidents(signedIn) } })) > 0 ? signedIn : null;
    const person = recipient ?? viewer;
    const actor: Actor = person ? { id: person.id, label: `${person.email} (acknowledge link)` } : { id: null, label: `acknowledge link sent to ${found.sentTo}` };
    const byName = person?.name ?? `someone in ${found.sentTo}`;

    const roleWhere = found.subjectType === "role" ? { id: found.subjectId } : person ? { userId: person.id } : null;
    const roles = roleWhere ? await tx.incidentRole.updateMany({ where: { incidentId: found.incidentId, releasedAt: null, acknowledgedAt: null, ...roleWhere }, data: { acknowledgedAt: now } }) : { count: 0 };
    const first = incident.acknowledgedAt === null && incident.status !== "CLOSED" && found.subjectType !== "task";
    const taskStopped = found.subjectType === "task" ? await stopEscalations(tx, { incidentId: found.incidentId, subjectType: "task", subjectId: found.subjectId }, "acknowledged", now) : 0;
    if (!first && roles.count === 0 && taskStopped === 0) throw conflict(`${found.reference} was already acknowledged; nothing left to do.`);

    const used = await tx.ackToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now, usedBy: byName } });
    if (used.count !== 1) throw conflict("This link was used a moment ago.");
    await bumpVersion(tx, found.incidentId, first ? { acknowledgedAt: now } : {});
    await recordIncidentChange(tx, actor, found.incidentId, {
      type: "acknowledged",
      isKey: first,
      data: { by: { id: person?.id ?? null, name: byName }, firstAcknowledgement: first, rolesAcknowledged: roles.count, via: "link", sentTo: found.sentTo, subject: found.subjectType },
    });
    await queueNotification(tx, { type: "acknowledged", incidentId: found.incidentId, data: { byName, firstAcknowledgement: first }, now });
    return { incidentId: found.incidentId, reference: found.reference, firstAcknowledgement: first, by: byName };
  });
}
