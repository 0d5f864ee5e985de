import "server-only";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { ROUTING_ACTOR } from "./route-alert-groups";

// When every alert group an incident holds has resolved, its timeline says
// so, once per resolution (a retried job finds the note already there).
export async function noteResolvedAlerts(incidentId: string): Promise<boolean> {
  return transaction(async (tx) => {
    await tx.$executeRaw`select 1 from incidents where id = ${incidentId}::uuid for update`;
    const groups = await tx.alertGroup.findMany({ where: { incidentId }, select: { resolvedAt: true } });
    if (groups.length === 0 || groups.some((group) => group.resolvedAt === null)) return false;
    const lastResolvedAt = new Date(Math.max(...groups.map((group) => group.resolvedAt!.getTime()))).toISOString();
    const noted = await tx.timelineEvent.findFirst({ where: { incidentId, type: "alerts_resolved", data: { path: ["lastResolvedAt"], equals: lastResolvedAt } }, select: { id: true } });
    if (noted) return false;
    await recordIncidentChange(tx, ROUTING_ACTOR, incidentId, { type: "alerts_resolved", isKey: true, data: { groups: groups.length, lastResolvedAt } });
    return true;
  });
}
