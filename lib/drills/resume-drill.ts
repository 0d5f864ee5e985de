import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { lockDrill, refuseInState } from "./lock-drill";

// Resumes a paused drill. The injects still to play move later by the time
// spent paused, so the script keeps its spacing: an inject that was due five
// minutes after the pause is still due five minutes after the resume.
export async function resumeDrill(user: SessionUser, actor: Actor, drillId: string, now = new Date()) {
  return transaction(async (tx) => {
    const drill = await lockDrill(tx, user, drillId);
    if (drill.state !== "PAUSED" || !drill.pausedAt) refuseInState("resumed", drill.state, drill.state === "RUNNING" ? "Only a paused drill resumes." : "");
    const pausedMs = Math.max(0, now.getTime() - drill.pausedAt.getTime());
    const moved = await tx.$executeRaw`
      update drill_injects set due_at = due_at + (${pausedMs}::bigint * interval '1 millisecond')
      where drill_id = ${drill.id}::uuid and played_at is null`;
    await tx.drill.update({ where: { id: drill.id }, data: { state: "RUNNING", pausedAt: null }, select: { id: true } });
    await recordIncidentChange(tx, actor, drill.incidentId, {
      type: "drill_resumed",
      body: `[DRILL] The facilitator resumed the drill after ${Math.round(pausedMs / 60_000)} min paused; the remaining injects moved later by as much.`,
      data: { drillId: drill.id, pausedMs, injectsMoved: moved },
    });
    return { drill: { id: drill.id, incidentId: drill.incidentId, state: "RUNNING" as const }, pausedMs, injectsMoved: moved };
  });
}
