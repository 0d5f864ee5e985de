import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";

// Who may own an action item (or review) of this incident: active people
// who may see it. For a restricted incident, its participants and those who
// see everything; otherwise everyone active. Auditors read but do not act.
export async function listAssignablePeople(incidentId: string) {
  const incident = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { restricted: true, participants: { select: { userId: true } } } });
  const users = await db.user.findMany({
    where: { deactivatedAt: null, role: { not: "AUDITOR" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, name: true, role: true },
  });
  const participants = new Set(incident.participants.map((row) => row.userId));
  return users
    .filter((person) => !incident.restricted || participants.has(person.id) || can(person.role, "restricted:read-all"))
    .map(({ id, name }) => ({ id, name }));
}
