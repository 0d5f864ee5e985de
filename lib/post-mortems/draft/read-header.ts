import "server-only";
import { db } from "@/lib/db";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import type { DocumentHeader } from "@/lib/rules/post-mortems/document-types";
import type { KeyTimes } from "@/lib/rules/post-mortems/key-durations";
import { readUserNames } from "./read-user-names";

// Who and what: the incident as recorded, with every severity change from
// its timeline and every role assignment including handed-over ones.
export async function readHeader(incidentId: string): Promise<{ header: DocumentHeader; keyTimes: KeyTimes; publishedAt: Date | null; publicTitle: string | null }> {
  const incident = await db.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: {
      number: true,
      title: true,
      category: true,
      status: true,
      drill: true,
      restricted: true,
      leadId: true,
      severity: { select: { key: true, name: true } },
      detectedAt: true,
      declaredAt: true,
      acknowledgedAt: true,
      containedAt: true,
      resolvedAt: true,
      closedAt: true,
      publishedAt: true,
      publicTitle: true,
      roles: { orderBy: { assignedAt: "asc" }, select: { kind: true, userId: true, assignedAt: true, releasedAt: true } },
      participants: { orderBy: { addedAt: "asc" }, select: { userId: true } },
    },
  });
  // Only the two fields needed, straight from the JSON column: an incident
  // may carry thousands of events.
  const severityChanges = await db.$queryRaw<{ at: Date; from: string | null; to: string | null; by: string }[]>`
    select at, data->>'from' as "from", data->>'to' as "to", actor_label as by
    from timeline_events where incident_id = ${incidentId}::uuid and type = 'severity_changed' order by id`;
  const names = await readUserNames([incident.leadId, ...incident.roles.map((r) => r.userId), ...incident.participants.map((p) => p.userId)]);
  const header: DocumentHeader = {
    incidentId,
    number: incident.number,
    reference: formatIncidentNumber(incident.number),
    title: incident.title,
    severity: incident.severity,
    severityChanges: severityChanges.map((c) => ({ at: c.at.toISOString(), from: c.from ?? "", to: c.to ?? "", by: c.by })),
    category: incident.category,
    status: incident.status,
    drill: incident.drill,
    restricted: incident.restricted,
    lead: names(incident.leadId),
    roles: incident.roles.map((role) => ({
      kind: role.kind,
      person: names(role.userId)!,
      assignedAt: role.assignedAt.toISOString(),
      releasedAt: role.releasedAt?.toISOString() ?? null,
    })),
    participants: incident.participants.map((p) => names(p.userId)!),
  };
  const { detectedAt, declaredAt, acknowledgedAt, containedAt, resolvedAt, closedAt } = incident;
  return { header, keyTimes: { detectedAt, declaredAt, acknowledgedAt, containedAt, resolvedAt, closedAt }, publishedAt: incident.publishedAt, publicTitle: incident.publicTitle };
}
