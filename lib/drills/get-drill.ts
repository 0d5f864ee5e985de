import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { scenarioOfDrill } from "./list-scenarios";
import { readDrillRecord } from "./read-drill-record";

const TEAM_EVENTS_SHOWN = 100;

// The facilitator's view of one drill: the scenario, which injects played
// (when) and which are still to come (when due), the next one, and what the
// team has done so far — read from the drill incident's timeline, as the
// score sheet reads it. A drill of an incident the asker may not see is
// "not found".
export async function getDrill(user: SessionUser, drillId: string, now = new Date()) {
  if (!isUuid(drillId)) throw notFound("Drill");
  const drill = await db.drill.findUnique({
    where: { id: drillId },
    select: { id: true, scenarioId: true, scenarioSnapshot: true, incidentId: true, state: true, startsAt: true, endedAt: true, pausedAt: true, startedById: true, participantIds: true, injects: { select: { id: true, key: true, dueAt: true, playedAt: true }, orderBy: [{ dueAt: "asc" }, { key: "asc" }] } },
  });
  if (!drill) throw notFound("Drill");
  const incident = await db.incident.findFirst({ where: { id: drill.incidentId, ...visibleIncidents(user) }, select: { id: true, number: true, title: true, status: true, severityKey: true } });
  if (!incident) throw notFound("Drill");
  const scenario = await scenarioOfDrill(drill);
  const definitionOf = (key: string) => scenario?.injects.find((i) => i.key === key);

  const [people, record, team] = await Promise.all([
    db.user.findMany({ where: { id: { in: [drill.startedById, ...drill.participantIds] } }, select: { id: true, name: true } }),
    transaction(async (tx) => {
      const policy = await getSeverityPolicy(tx, incident.severityKey);
      return readDrillRecord(tx, drill.incidentId, drill.startsAt, drill.endedAt ?? now, policy.updateEveryMinutes);
    }),
    db.timelineEvent.findMany({
      where: { incidentId: drill.incidentId, actorId: { not: null }, NOT: { type: { startsWith: "drill_" } } },
      orderBy: { id: "desc" },
      take: TEAM_EVENTS_SHOWN,
      select: { id: true, at: true, type: true, actorLabel: true, body: true },
    }),
  ]);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "a former user";
  const inject = (row: (typeof drill.injects)[number]) => {
    const definition = definitionOf(row.key);
    return { key: row.key, kind: definition?.kind ?? "note", title: definition?.title ?? row.key, detail: definition?.detail ?? "", dueAt: row.dueAt.toISOString(), playedAt: row.playedAt?.toISOString() ?? null, ...(definition?.loses ? { loses: definition.loses } : {}) };
  };
  const played = drill.injects.filter((i) => i.playedAt).sort((a, b) => a.playedAt!.getTime() - b.playedAt!.getTime()).map(inject);
  const pending = drill.state === "ENDED" ? [] : drill.injects.filter((i) => !i.playedAt).map(inject);
  const at = (h: { at: Date; eventId: string } | null) => (h ? { at: h.at.toISOString(), eventId: h.eventId } : null);

  return {
    drill: {
      id: drill.id,
      state: drill.state,
      startsAt: drill.startsAt.toISOString(),
      endedAt: drill.endedAt?.toISOString() ?? null,
      pausedAt: drill.pausedAt?.toISOString() ?? null,
      startedBy: { id: drill.startedById, name: nameOf(drill.startedById) },
      participants: drill.participantIds.map((id) => ({ id, name: nameOf(id) })),
      incident: { id: incident.id, reference: formatIncidentNumber(incident.number), title: incident.title, status: incident.status },
      scenario: scenario
        ? { id: scenario.id, title: scenario.title, briefing: scenario.briefing, severity: scenario.severity, category: scenario.category, expected: scenario.expected }
        : { id: drill.scenarioId, title: drill.scenarioId, briefing: "", severity: incident.severityKey, category: "other", expected: null },
      played,
      pending,
      next: pending[0] ?? null,
      team: {
        acknowledged: at(record.acknowledged),
        contained: at(record.contained),
        clusterActions: record.clusterActions.map((a) => ({ ...at(a)!, action: a.action })),
        evidence: record.evidence.map((e) => ({ ...at(e)!, kind: e.kind })),
        regulationsConsidered: record.regulationsConsidered.map((r) => ({ ...at(r)!, key: r.key })),
        statusUpdates: record.statusUpdates.map((u) => at(u)!),
        activity: team.map((e) => ({ id: e.id.toString(), at: e.at.toISOString(), type: e.type, actor: e.actorLabel, body: e.body })),
      },
      reportHref: drill.state === "ENDED" ? `/drills/${drill.id}/report` : null,
    },
  };
}

export type DrillDetail = Awaited<ReturnType<typeof getDrill>>["drill"];
