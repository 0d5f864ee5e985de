import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { scenarioOfDrill } from "./list-scenarios";

// Plays every inject whose time has come, exactly once: the inject is
// claimed by a conditional update (playedAt still null) in the transaction
// that writes its timeline event, so a worker that crashed mid-way, or two
// workers at once, never play it twice — a retry finds it played.
export async function playDueInjects(now = new Date(), only?: { drillId: string }): Promise<number> {
  await db.drill.updateMany({ where: { state: "SCHEDULED", startsAt: { lte: now }, ...(only ? { id: only.drillId } : {}) }, data: { state: "RUNNING" } });
  const due = await db.drillInject.findMany({
    where: { playedAt: null, dueAt: { lte: now }, drill: { state: "RUNNING" }, ...(only ? { drillId: only.drillId } : {}) },
    orderBy: { dueAt: "asc" },
    take: 100,
    select: { id: true, key: true, drill: { select: { id: true, incidentId: true, scenarioId: true, scenarioSnapshot: true } } },
  });
  let played = 0;
  for (const inject of due) {
    const definition = (await scenarioOfDrill(inject.drill))?.injects.find((i) => i.key === inject.key);
    played += await transaction(async (tx) => {
      const claimed = await tx.drillInject.updateMany({ where: { id: inject.id, playedAt: null }, data: { playedAt: now } });
      if (claimed.count === 0) return 0;
      await recordIncidentChange(tx, SYSTEM_ACTOR, inject.drill.incidentId, {
        type: "drill_inject",
        body: `[DRILL] ${definition?.title ?? inject.key}${definition?.detail ? `\n\n${definition.detail}` : ""}`,
        data: { drillId: inject.drill.id, inject: inject.key, kind: definition?.kind ?? "note", ...(definition?.loses ? { loses: definition.loses } : {}), ...(definition?.sandbox ? { sandbox: definition.sandbox } : {}) },
      });
      return 1;
    });
  }
  return played;
}
