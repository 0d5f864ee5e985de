import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";

// The stream tells a viewer only about incidents they may see: a restricted
// incident's changes never reach anyone else, not even as an id.
export async function canSeeIncident(user: SessionUser, incidentId: string): Promise<boolean> {
  if (!isUuid(incidentId)) return false;
  const found = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  return found !== null;
}
