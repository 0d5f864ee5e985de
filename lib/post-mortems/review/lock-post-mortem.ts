import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { visibleIncidents } from "@/lib/incidents/visibility";

export const LOCKED_POST_MORTEM_SELECT = {
  id: true,
  incidentId: true,
  state: true,
  revision: true,
  requiredApprovals: true,
  createdById: true,
} as const;

// Loads a review whose incident the user may see and locks the incident's
// row, so changes to the review and to its incident (closing it) take
// turns. A review of an incident the user may not see is "not found".
export async function lockPostMortem(tx: Tx, user: Pick<SessionUser, "id" | "role">, postMortemId: string) {
  if (!isUuid(postMortemId)) throw notFound("Post-mortem");
  const found = await tx.postMortem.findFirst({ where: { id: postMortemId, incident: visibleIncidents(user) }, select: { incidentId: true } });
  if (!found) throw notFound("Post-mortem");
  const incident = await lockIncident(tx, user, found.incidentId);
  const postMortem = await tx.postMortem.findUniqueOrThrow({ where: { id: postMortemId }, select: LOCKED_POST_MORTEM_SELECT });
  return { postMortem, incident };
}

/** Reviews as seen by `user`: only those of incidents they may see. */
export function visiblePostMortems(user: Pick<SessionUser, "id" | "role">) {
  return { incident: visibleIncidents(user) };
}
