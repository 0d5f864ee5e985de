import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import { declareIncidentIn } from "@/lib/incidents/declare-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { parseInput } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findScenario } from "./list-scenarios";
import { ZStartDrillInput } from "./schemas";

const MINUTE_MS = 60_000;
const MAX_LEAD_DAYS = 90;

// Starts (or schedules) a drill: a drill incident, visibly marked, and the
// scenario's injects queued against the sandbox cluster, all in one
// transaction. Everything is checked first, so a refused drill writes
// nothing; a drill may only ever point at a sandbox cluster.
export async function startDrill(user: SessionUser, actor: Actor, input: unknown, now = new Date()) {
  const data = parseInput(ZStartDrillInput, input, "Body");
  const scenario = await findScenario(data.scenario);
  if (!scenario) throw badRequest(`Unknown scenario "${data.scenario}"; GET /api/v1/drill-scenarios lists them`, { scenario: ["Unknown scenario"] });
  const startsAt = data.startsAt ?? now;
  if (startsAt.getTime() < now.getTime() - 5 * MINUTE_MS) throw badRequest("A drill cannot start in the past", { startsAt: ["Must not be in the past"] });
  if (startsAt.getTime() > now.getTime() + MAX_LEAD_DAYS * 24 * 60 * MINUTE_MS) throw badRequest(`A drill can be scheduled at most ${MAX_LEAD_DAYS} days ahead`, { startsAt: ["Too far ahead"] });

  const cluster = data.cluster
    ? await db.cluster.findUnique({ where: { id: data.cluster }, select: { id: true, name: true, isSandbox: true } })
    : await db.cluster.findFirst({ where: { isSandbox: true }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, isSandbox: true } });
  if (!cluster) throw badRequest(data.cluster ? "No such cluster" : "No sandbox cluster is registered; drills run only on the sandbox", { cluster: ["No sandbox cluster"] });
  if (!cluster.isSandbox) {
    throw badRequest(`Refused: drills act only on the sandbox cluster. ${cluster.name} is a real cluster; choose the sandbox.`, { cluster: ["Not a sandbox cluster"] });
  }
  const participants = await db.user.findMany({ where: { id: { in: data.participants }, deactivatedAt: null }, select: { id: true } });
  const missing = data.participants.filter((id) => !participants.some((p) => p.id === id));
  if (missing.length > 0) throw badRequest(`Unknown or deactivated participants: ${missing.join(", ")}`, { participants: missing.map((id) => `No active user ${id}`) });

  return transaction(async (tx) => {
    const active = await tx.drill.findFirst({ where: { clusterId: cluster.id, state: { not: "ENDED" } }, select: { id: true } });
    if (active) throw conflict(`Another drill is already running on ${cluster.name}; end it before starting a new one.`);
    const incident = await declareIncidentIn(tx, user, actor, {
      title: `[DRILL] ${scenario.title}`,
      summary: scenario.briefing,
      severity: scenario.severity,
      category: scenario.category,
      drill: true,
    });
    const drill = await tx.drill.create({
      data: {
        scenarioId: scenario.id,
        scenarioSnapshot: JSON.parse(JSON.stringify(scenario)) as Prisma.InputJsonObject,
        incidentId: incident.id,
        clusterId: cluster.id,
        state: startsAt <= now ? "RUNNING" : "SCHEDULED",
        startsAt,
        participantIds: data.participants,
        startedById: user.id,
        injects: { create: scenario.injects.map((inject) => ({ key: inject.key, dueAt: new Date(startsAt.getTime() + inject.atMinute * MINUTE_MS) })) },
      },
      select: { id: true, incidentId: true, state: true },
    });
    await recordIncidentChange(tx, actor, incident.id, { type: "drill_started", data: { drillId: drill.id, scenario: scenario.id, cluster: cluster.name, startsAt: startsAt.toISOString() }, isKey: true });
    return { drill };
  });
}
