import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";

export async function listStatusUpdates(user: SessionUser, incidentId: string) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true } });
  if (!incident) throw notFound("Incident");
  const updates = await db.statusUpdate.findMany({
    where: { incidentId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, audience: true, phase: true, body: true, authorLabel: true, createdAt: true },
  });
  return { updates };
}
