import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZRemoveParticipantInput } from "./schemas";

// The lead (or an admin) takes someone off the incident. On a restricted
// incident that is how access ends: visibility is decided by the
// participant rows (lib/incidents/visibility.ts), so the person no longer
// finds the incident anywhere. The lead stays while they lead: a restricted
// incident must never hide itself from the person running it.
export async function removeParticipant(user: SessionUser, actor: Actor, incidentId: string, input: unknown) {
  const { userId } = parseInput(ZRemoveParticipantInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    if (locked.leadId !== user.id && user.role !== "ADMIN") throw forbidden("Only the incident lead or an administrator removes participants");
    const participant = await tx.incidentParticipant.findUnique({ where: { incidentId_userId: { incidentId, userId } }, select: { userId: true } });
    if (!participant) throw badRequest("This person is not a participant of this incident", { userId: ["Not a participant"] });
    // Deactivated people may still take part; their name is kept on the record.
    const person = (await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true } })) ?? { id: userId, name: "Unknown user" };
    if (locked.leadId === userId) {
      throw conflict(`${person.name} leads this incident and cannot be removed while lead. Hand the lead to someone else first.`);
    }
    await tx.incidentParticipant.delete({ where: { incidentId_userId: { incidentId, userId } }, select: { userId: true } });
    await recordIncidentChange(tx, actor, incidentId, { type: "participant_removed", data: { user: person } });
    return { userId };
  });
}
