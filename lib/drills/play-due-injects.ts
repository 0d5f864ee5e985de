import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { log } from "@/lib/log";
import { applySandboxEffect, scenarioPod } from "./apply-sandbox-effect";
import { storeDrillAlert } from "./drill-alert";
import { scenarioOfDrill } from "./list-scenarios";

const TOUCHES_SANDBOX = new Set(["sandbox", "evidence-loss"]);

// Plays every inject whose time has come, exactly once: the inject is
// claimed by a conditional update (playedAt still null) in the transaction
// that writes its timeline event, so a worker that crashed mid-way, or two
// workers at once, never play it twice — a retry finds it played. The claim
// holds the drill's row FOR SHARE and checks it is RUNNING, so a pause
// committed first stops it. An alert inject is stored in that same
// transaction; a sandbox change is made just after, idempotently, and
// recorded as done — a crash in between leaves it for the next pass.
export async function playDueInjects(now = new Date(), only?: { drillId: string }): Promise<number> {
  await db.drill.updateMany({ where: { state: "SCHEDULED", startsAt: { lte: now }, ...(only ? { id: only.drillId } : {}) }, data: { state: "RUNNING" } });
  const due = await db.drillInject.findMany({
    where: { playedAt: null, dueAt: { lte: now }, drill: { state: "RUNNING" }, ...(only ? { drillId: only.drillId } : {}) },
    orderBy: { dueAt: "asc" },
    take: 100,
    select: { id: true, key: true, drill: { select: { id: true, incidentId: true, scenarioId: true, scenarioSnapshot: true, clusterId: true } } },
  });
  let played = 0;
  for (const inject of due) {
    const scenario = await scenarioOfDrill(inject.drill);
    const definition = scenario?.injects.find((i) => i.key === inject.key);
    played += await transaction(async (tx) => {
      const [drill] = await tx.$queryRaw<{ state: string; cluster: string | null }[]>`
        select d.state::text as state, c.name as cluster from drills d left join clusters c on c.id = d.cluster_id where d.id = ${inject.drill.id}::uuid for share of d`;
      if (drill?.state !== "RUNNING") return 0;
      const needsEffect = Boolean(definition && TOUCHES_SANDBOX.has(definition.kind));
      const claimed = await tx.drillInject.updateMany({ where: { id: inject.id, playedAt: null }, data: { playedAt: now, effectDoneAt: needsEffect ? null : now } });
      if (claimed.count === 0) return 0;
      if (definition?.kind === "alert" && scenario) {
        const pod = scenarioPod(scenario);
        await storeDrillAlert(tx, { injectId: inject.id, incidentId: inject.drill.incidentId, title: definition.title, detail: definition.detail, cluster: drill.cluster ?? "sandbox", ...(pod ?? {}) });
      }
      await recordIncidentChange(tx, SYSTEM_ACTOR, inject.drill.incidentId, {
        type: "drill_inject",
        body: `[DRILL] ${definition?.title ?? inject.key}${definition?.detail ? `\n\n${definition.detail}` : ""}`,
        data: { drillId: inject.drill.id, inject: inject.key, kind: definition?.kind ?? "note", ...(definition?.loses ? { loses: definition.loses } : {}), ...(definition?.sandbox ? { sandbox: definition.sandbox } : {}) },
      });
      return 1;
    });
  }
  await finishSandboxEffects(only);
  return played;
}

// Applies the sandbox change of every played inject that has not had it yet
// (just played, or left by a worker that crashed after claiming).
export async function finishSandboxEffects(only?: { drillId: string }): Promise<number> {
  const pending = await db.drillInject.findMany({
    where: { playedAt: { not: null }, effectDoneAt: null, ...(only ? { drillId: only.drillId } : {}) },
    orderBy: { playedAt: "asc" },
    take: 100,
    select: { id: true, key: true, playedAt: true, drill: { select: { scenarioId: true, scenarioSnapshot: true, clusterId: true } } },
  });
  let done = 0;
  for (const inject of pending) {
    const scenario = await scenarioOfDrill(inject.drill);
    const definition = scenario?.injects.find((i) => i.key === inject.key);
    try {
      const outcome = definition && scenario ? await applySandboxEffect({ clusterId: inject.drill.clusterId, injectId: inject.id, playedAt: inject.playedAt!, inject: definition, scenario }) : { done: true, note: "unknown inject" };
      if (!outcome.done) continue;
      await db.drillInject.updateMany({ where: { id: inject.id, effectDoneAt: null }, data: { effectDoneAt: new Date() } });
      log.info({ inject: inject.key, note: outcome.note }, "drill inject applied to the sandbox");
      done += 1;
    } catch (error) {
      // Left pending: the next pass (every minute) tries again.
      log.warn({ err: error, inject: inject.key }, "drill inject's sandbox change failed; will retry");
    }
  }
  return done;
}
