import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { lockDrill, refuseInState } from "./lock-drill";

// Pauses a running drill: no inject plays while it is PAUSED. The time it
// paused is kept so resuming can move the remaining injects by exactly the
// time spent paused.
export async function pauseDrill(user: SessionUser, actor: Actor, drillId: string, now = new Date()) {
  return transaction(async (tx) => {
    const drill = await lockDrill(tx, user, drillId);
    if (drill.state !== "RUNNING") refuseInState("paused", drill.state, drill.state === "PAUSED" ? "Resume it instead." : "");
    await tx.drill.update({ where: { id: drill.id }, data: { state: "PAUSED", pausedAt: now }, select: { id: true } });
    await recordIncidentChange(tx, actor, drill.incidentId, { type: "drill_paused", body: "[DRILL] The facilitator paused the drill; no inject plays until it resumes.", data: { drillId: drill.id, at: now.toISOString() } });
    return { drill: { id: drill.id, incidentId: drill.incidentId, state: "PAUSED" as const, pausedAt: now.toISOString() } };
  });
}
