import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type IncidentChange = {
  type: string;
  data?: Record<string, unknown>;
  body?: string;
  isKey?: boolean;
};

// Every change to an incident goes through here, inside the change's own
// transaction: a typed timeline event, an audit entry, and a NOTIFY that
// PostgreSQL delivers to live viewers only if the transaction commits.
export async function recordIncidentChange(tx: Tx, actor: Actor, incidentId: string, change: IncidentChange): Promise<bigint> {
  const data = JSON.parse(JSON.stringify(change.data ?? {})) as Prisma.InputJsonObject;
  const event = await tx.timelineEvent.create({
    data: { incidentId, actorId: actor.id, actorLabel: actor.label, type: change.type, data, body: change.body, isKey: change.isKey ?? false },
    select: { id: true },
  });
  await appendAudit(tx, actor, {
    action: `incident.${change.type}`,
    targetType: "incident",
    targetId: incidentId,
    data: { ...(change.data ?? {}), ...(change.body ? { bodyLength: change.body.length } : {}) },
  });
  await tx.$executeRaw`select pg_notify('incident_changed', ${incidentId})`;
  return event.id;
}
