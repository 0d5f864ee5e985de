import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";

// Reads about an incident's cluster actions follow the incident's own
// visibility: an incident the user may not see is "not found".
export async function assertIncidentVisible(user: Pick<SessionUser, "id" | "role">, incidentId: string): Promise<void> {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const found = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  if (!found) throw notFound("Incident");
}
