import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction, type Tx } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { ALERT_ROUTE_SELECT } from "./route-select";
import { ZAlertRouteInput, type TAlertRouteInput } from "./schemas";

// Creates a routing rule, or replaces one when routeId is given.
export async function saveAlertRoute(actor: Actor, input: TAlertRouteInput, routeId?: string) {
  const data = parseInput(ZAlertRouteInput, input);
  return transaction(async (tx) => {
    await checkReferences(tx, data);
    const values = { ...data, severity: data.severity ?? null, category: data.category ?? null, titleTemplate: data.titleTemplate ?? null, leadId: data.leadId ?? null };
    let saved;
    if (routeId) {
      const existing = isUuid(routeId) ? await tx.alertRoute.findUnique({ where: { id: routeId }, select: { id: true } }) : null;
      if (!existing) throw notFound("Routing rule");
      saved = await tx.alertRoute.update({ where: { id: routeId }, data: values, select: ALERT_ROUTE_SELECT });
    } else {
      saved = await tx.alertRoute.create({ data: values, select: ALERT_ROUTE_SELECT });
    }
    await appendAudit(tx, actor, { action: routeId ? "alert_route.update" : "alert_route.create", targetType: "alert_route", targetId: saved.id, data: { ...values } });
    return saved;
  });
}

async function checkReferences(tx: Tx, data: { severity?: string; leadId?: string }) {
  if (data.severity) await getSeverityPolicy(tx, data.severity);
  if (data.leadId) {
    const lead = await tx.user.findFirst({ where: { id: data.leadId, deactivatedAt: null, role: { in: ["LEAD", "ADMIN"] } }, select: { id: true } });
    if (!lead) throw badRequest("The chosen lead is not an active lead or admin", { leadId: ["Choose an active lead or admin"] });
  }
}
