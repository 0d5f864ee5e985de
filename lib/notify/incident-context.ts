import "server-only";
import type { Tx } from "@/lib/db";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import type { IncidentSnapshot } from "./rules/render-message";

// What a notification needs to know about its incident, read inside the
// transaction that caused it, so the message matches the committed change.
export async function loadIncidentContext(tx: Tx, incidentId: string) {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: {
      id: true,
      number: true,
      title: true,
      severityKey: true,
      severityRank: true,
      status: true,
      restricted: true,
      drill: true,
      leadId: true,
      acknowledgedAt: true,
      roles: { where: { releasedAt: null }, select: { id: true, kind: true, userId: true, acknowledgedAt: true } },
    },
  });
  const lead = incident.leadId ? await tx.user.findUnique({ where: { id: incident.leadId }, select: { name: true } }) : null;
  const snapshot: IncidentSnapshot = {
    id: incident.id,
    reference: formatIncidentNumber(incident.number),
    title: incident.title,
    severity: incident.severityKey,
    severityRank: incident.severityRank,
    status: incident.status,
    restricted: incident.restricted,
    drill: incident.drill,
    leadName: lead?.name ?? null,
  };
  return { snapshot, acknowledgedAt: incident.acknowledgedAt, status: incident.status, roles: incident.roles, severityKey: incident.severityKey };
}

export type IncidentContext = Awaited<ReturnType<typeof loadIncidentContext>>;

/** The people currently holding any of these roles on the incident. */
export function holdersOf(context: IncidentContext, kinds: readonly string[]): string[] {
  return [...new Set(context.roles.filter((role) => kinds.includes(role.kind)).map((role) => role.userId))];
}
