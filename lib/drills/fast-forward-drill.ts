import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { lockDrill, refuseInState } from "./lock-drill";
import { playDueInjects } from "./play-due-injects";

// Fast-forwards a running drill to its next inject: that inject becomes due
// now and the ones after it keep their spacing from it. The move is
// committed first, then the inject plays through the same exactly-once path
// the worker uses, so a worker running at the same moment cannot play it twice.
export async function fastForwardDrill(user: SessionUser, actor: Actor, drillId: string, now = new Date()) {
  const moved = await transaction(async (tx) => {
    const drill = await lockDrill(tx, user, drillId);
    if (drill.state !== "RUNNING") refuseInState("fast-forwarded", drill.state, drill.state === "PAUSED" ? "Resume it first." : "");
    const next = await tx.drillInject.findFirst({ where: { drillId: drill.id, playedAt: null }, orderBy: [{ dueAt: "asc" }, { key: "asc" }], select: { key: true, dueAt: true } });
    if (!next) throw conflict("This drill has no injects left to play; end it when the team is done.");
    const shiftMs = now.getTime() - next.dueAt.getTime();
    await tx.$executeRaw`
      update drill_injects set due_at = due_at + (${shiftMs}::bigint * interval '1 millisecond')
      where drill_id = ${drill.id}::uuid and played_at is null`;
    await recordIncidentChange(tx, actor, drill.incidentId, {
      type: "drill_fast_forwarded",
      body: `[DRILL] The facilitator fast-forwarded to the next inject (${next.key}).`,
      data: { drillId: drill.id, inject: next.key, shiftMs },
    });
    return { id: drill.id, incidentId: drill.incidentId, inject: next.key };
  });
  const played = await playDueInjects(now, { drillId: moved.id });
  return { drill: { id: moved.id, incidentId: moved.incidentId, state: "RUNNING" as const }, inject: moved.inject, played };
}
