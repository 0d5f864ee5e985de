import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { scoreDrill } from "@/lib/rules/drills/score-drill";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { scenarioOfDrill } from "./list-scenarios";
import { readDrillRecord } from "./read-drill-record";

// Ends a drill and writes its score sheet onto the timeline: the drill
// stops (no more injects) and the sandbox is free for the next one.
export async function endDrill(user: SessionUser, actor: Actor, drillId: string, now = new Date()) {
  if (!isUuid(drillId)) throw notFound("Drill");
  return transaction(async (tx) => {
    const drill = await tx.drill.findUnique({ where: { id: drillId }, select: { id: true, incidentId: true, scenarioId: true, scenarioSnapshot: true, startsAt: true, state: true } });
    if (!drill) throw notFound("Drill");
    const incident = await lockIncident(tx, user, drill.incidentId);
    const ended = await tx.drill.updateMany({ where: { id: drill.id, state: { not: "ENDED" } }, data: { state: "ENDED", endedAt: now } });
    if (ended.count === 0) throw conflict("This drill has already ended.");
    const scenario = await scenarioOfDrill(drill);
    if (!scenario) throw notFound("Drill scenario");
    const policy = await getSeverityPolicy(tx, incident.severityKey);
    const record = await readDrillRecord(tx, drill.incidentId, drill.startsAt, now, policy.updateEveryMinutes);
    const score = scoreDrill(scenario, record);
    await recordIncidentChange(tx, actor, drill.incidentId, { type: "drill_ended", isKey: true, data: { drillId: drill.id, scenario: scenario.id, score } });
    return { drill: { id: drill.id, incidentId: drill.incidentId, state: "ENDED" as const }, score };
  });
}
