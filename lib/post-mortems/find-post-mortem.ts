import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";

const POST_MORTEM_SELECT = {
  id: true,
  incidentId: true,
  state: true,
  revision: true,
  requiredApprovals: true,
  templateKey: true,
  createdById: true,
  incident: { select: { number: true, title: true, severityKey: true, status: true, leadId: true, restricted: true } },
} as const;

export type VisiblePostMortem = NonNullable<Awaited<ReturnType<typeof findVisiblePostMortem>>>;

// A review is visible exactly when its incident is: for anyone who may not
// see a restricted incident, its review does not exist.
export async function findVisiblePostMortem(user: Pick<SessionUser, "id" | "role">, postMortemId: string) {
  if (!isUuid(postMortemId)) throw notFound("Post-mortem");
  const found = await db.postMortem.findFirst({ where: { id: postMortemId, incident: visibleIncidents(user) }, select: POST_MORTEM_SELECT });
  if (!found) throw notFound("Post-mortem");
  return found;
}

/** The review of an incident, or null when the incident has none yet; NOT_FOUND when the incident is not visible. */
export async function findVisiblePostMortemByIncident(user: Pick<SessionUser, "id" | "role">, incidentId: string) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  if (!incident) throw notFound("Incident");
  return db.postMortem.findUnique({ where: { incidentId }, select: POST_MORTEM_SELECT });
}
