import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "./incident-id";
import { visibleIncidents } from "./visibility";

export const LOCKED_INCIDENT_SELECT = {
  id: true,
  number: true,
  title: true,
  status: true,
  severityKey: true,
  restricted: true,
  drill: true,
  version: true,
  leadId: true,
  acknowledgedAt: true,
  declaredAt: true,
  closedAt: true,
} as const;

// Loads an incident the user may see and locks its row for the rest of the
// transaction, so concurrent changes to one incident take turns. When the
// caller says which version they saw, a newer version is a conflict.
export async function lockIncident(tx: Tx, user: Pick<SessionUser, "id" | "role">, incidentId: string, expectedVersion?: number) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await tx.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  if (!incident) throw notFound("Incident");
  await tx.$executeRaw`select 1 from incidents where id = ${incidentId}::uuid for update`;
  const locked = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: LOCKED_INCIDENT_SELECT });
  if (expectedVersion !== undefined && locked.version !== expectedVersion) {
    throw conflict("Someone else changed this incident a moment ago. Reload to see their change, then try again.");
  }
  return locked;
}

export async function bumpVersion(tx: Tx, incidentId: string, data: Record<string, unknown> = {}) {
  await tx.incident.update({ where: { id: incidentId }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
}
