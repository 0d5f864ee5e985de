import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, type Tx } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { assertOpen } from "@/lib/incidents/assert-open";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { visibleIncidents } from "@/lib/incidents/visibility";

type Viewer = Pick<SessionUser, "id" | "role">;

// Executives follow incidents through counts and status pages; the artefacts
// themselves (and their custody) are for responders, leads, admins and
// auditors.
export function canReadEvidenceDetails(user: Viewer): boolean {
  return can(user.role, "incidents:write") || can(user.role, "audit:read");
}

export function assertCanReadEvidenceDetails(user: Viewer): void {
  if (!canReadEvidenceDetails(user)) throw forbidden("Your role sees evidence counts only");
}

export function assertCanHandleEvidence(user: Viewer | null): void {
  if (user && !can(user.role, "incidents:write")) throw forbidden("Your role may not change evidence");
}

// Visibility check without a lock, to refuse before streaming anything.
export async function assertIncidentVisible(user: Viewer | null, incidentId: string): Promise<void> {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const where = { id: incidentId, ...(user ? visibleIncidents(user) : {}) };
  if (!(await db.incident.findFirst({ where, select: { id: true } }))) throw notFound("Incident");
}

// Locks the incident row for the transaction: with a user, only an incident
// they may see; for Cordon's own jobs (no user), any existing incident.
export async function lockIncidentFor(tx: Tx, user: Viewer | null, incidentId: string) {
  if (user) return lockIncident(tx, user, incidentId);
  if (!isUuid(incidentId)) throw notFound("Incident");
  const rows = await tx.$queryRaw<{ id: string; restricted: boolean }[]>`
    select id::text, restricted from incidents where id = ${incidentId}::uuid for update`;
  const row = rows[0];
  if (!row) throw notFound("Incident");
  return row;
}

// New evidence belongs to an open incident: a person (or their API token)
// adding some to a closed one is told to reopen it first. Cordon's own
// collection jobs (no user), started while it was open, still record what
// they gathered: losing collected evidence would be worse than a late entry.
// Holds, transfers and verification of existing evidence go on after closing.
export async function assertIncidentAcceptsEvidence(user: Viewer | null, incidentId: string): Promise<void> {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const where = { id: incidentId, ...(user ? visibleIncidents(user) : {}) };
  const incident = await db.incident.findFirst({ where, select: { status: true, number: true } });
  if (!incident) throw notFound("Incident");
  if (user) assertOpen(incident, "adding evidence");
}

// lockIncidentFor, then the same rule as assertIncidentAcceptsEvidence under
// the lock, for an incident closed while the upload was streaming.
export async function lockIncidentForNewEvidence(tx: Tx, user: Viewer | null, incidentId: string): Promise<void> {
  if (!user) {
    await lockIncidentFor(tx, null, incidentId);
    return;
  }
  assertOpen(await lockIncident(tx, user, incidentId), "adding evidence");
}
