import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { EVIDENCE_SELECT } from "./evidence-select";

type Viewer = Pick<SessionUser, "id" | "role">;

// Evidence of an incident the user may not see does not exist for them.
export async function findEvidenceFor(user: Viewer, evidenceId: string, client: Tx | typeof db = db) {
  if (!isUuid(evidenceId)) throw notFound("Evidence");
  const row = await client.evidence.findFirst({
    where: { id: evidenceId, incident: visibleIncidents(user) },
    select: { ...EVIDENCE_SELECT, incident: { select: { number: true, title: true, restricted: true } } },
  });
  if (!row) throw notFound("Evidence");
  return row;
}

// For changes: the incident row is locked first (the order every incident
// write uses, so no deadlocks), then the artefact is read inside the lock.
export async function lockEvidenceFor(tx: Tx, user: Viewer, evidenceId: string) {
  const found = await findEvidenceFor(user, evidenceId, tx);
  const incident = await lockIncident(tx, user, found.incidentId);
  const row = await findEvidenceFor(user, evidenceId, tx);
  return { ...row, incident: { ...row.incident, restricted: incident.restricted } };
}
