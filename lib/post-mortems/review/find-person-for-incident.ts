import "server-only";
import type { Tx } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { visibleIncidents } from "@/lib/incidents/visibility";

// Someone given work on a review (an owner, a reviewer) must be able to open
// it: an active account that may see the incident. For a restricted incident
// that means a participant, so nothing about it reaches anyone else.
export async function findPersonForIncident(tx: Tx, userId: string, incidentId: string, field: string) {
  const person = await tx.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { id: true, name: true, role: true } });
  if (!person) throw badRequest("That person is not an active user", { [field]: ["Choose an active user"] });
  const sees = await tx.incident.count({ where: { id: incidentId, ...visibleIncidents(person) } });
  if (sees === 0) {
    throw badRequest(`${person.name} cannot see this restricted incident: add them as a participant first`, { [field]: ["Not a participant of this restricted incident"] });
  }
  return person;
}
