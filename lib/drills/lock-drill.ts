import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";

export type DrillState = "SCHEDULED" | "RUNNING" | "PAUSED" | "ENDED";

// Loads a drill whose incident the user may see and locks the drill row, so
// a facilitator's control and the worker playing injects take turns (the
// worker holds the row FOR SHARE while it claims an inject). A drill of an
// incident the user may not see is "not found".
export async function lockDrill(tx: Tx, user: Pick<SessionUser, "id" | "role">, drillId: string) {
  if (!isUuid(drillId)) throw notFound("Drill");
  const found = await tx.drill.findUnique({ where: { id: drillId }, select: { incidentId: true } });
  if (!found) throw notFound("Drill");
  await lockIncident(tx, user, found.incidentId);
  const [drill] = await tx.$queryRaw<{ id: string; incidentId: string; state: DrillState; pausedAt: Date | null }[]>`
    select id::text, incident_id::text as "incidentId", state::text as state, paused_at as "pausedAt" from drills where id = ${drillId}::uuid for update`;
  if (!drill) throw notFound("Drill");
  return drill;
}

const WHY: Record<DrillState, string> = {
  SCHEDULED: "it has not started yet",
  RUNNING: "it is running",
  PAUSED: "it is paused",
  ENDED: "it has ended",
};

/** The 409 for a control that does not apply in the drill's current state. */
export function refuseInState(action: string, state: DrillState, hint = ""): never {
  throw conflict(`This drill cannot be ${action}: ${WHY[state]}.${hint ? ` ${hint}` : ""}`);
}
