import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertOpen } from "./assert-open";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZAddParticipantInput } from "./schemas";

// The lead (or an admin) lets someone see a restricted incident.
export async function addParticipant(user: SessionUser, actor: Actor, incidentId: string, input: unknown) {
  const { userId } = parseInput(ZAddParticipantInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId);
    assertOpen(locked, "adding participants");
    if (locked.leadId !== user.id && user.role !== "ADMIN") throw forbidden("Only the incident lead or an administrator adds participants");
    const person = await tx.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { id: true, name: true } });
    if (!person) throw badRequest("Not an active user", { userId: ["Choose an active user"] });
    await tx.incidentParticipant.upsert({ where: { incidentId_userId: { incidentId, userId } }, create: { incidentId, userId }, update: {}, select: { userId: true } });
    await recordIncidentChange(tx, actor, incidentId, { type: "participant_added", data: { user: person } });
    return { userId };
  });
}
