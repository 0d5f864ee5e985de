import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { ALERT_ROUTE_SELECT } from "./route-select";

// Removes a routing rule; the audit entry keeps what it said.
export async function removeAlertRoute(actor: Actor, routeId: string) {
  return transaction(async (tx) => {
    const existing = isUuid(routeId) ? await tx.alertRoute.findUnique({ where: { id: routeId }, select: ALERT_ROUTE_SELECT }) : null;
    if (!existing) throw notFound("Routing rule");
    await tx.alertRoute.delete({ where: { id: routeId }, select: { id: true } });
    await appendAudit(tx, actor, { action: "alert_route.remove", targetType: "alert_route", targetId: routeId, data: { ...existing, updatedAt: existing.updatedAt.toISOString() } });
    return { id: routeId, removed: true };
  });
}
