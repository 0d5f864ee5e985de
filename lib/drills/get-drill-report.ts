import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import type { DrillScenario } from "@/lib/rules/drills/scenario";
import { scoreDrill, type ScoreItem } from "@/lib/rules/drills/score-drill";
import { minutesFrom, summarizeScore, type ScoreSummary } from "@/lib/rules/drills/score-summary";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { scenarioOfDrill } from "./list-scenarios";
import { readDrillRecord } from "./read-drill-record";

const MINUTE_MS = 60_000;

export type ReportItem = ScoreItem & { eventAt: Date | null };

export type DrillReport = {
  drill: { id: string; state: "SCHEDULED" | "RUNNING" | "PAUSED" | "ENDED"; startsAt: Date; endedAt: Date | null; incidentId: string; reference: string; incidentTitle: string };
  scenario: Pick<DrillScenario, "id" | "title" | "briefing" | "severity" | "category">;
  startedBy: string;
  participants: { id: string; name: string }[];
  minutesToAcknowledge: number | null;
  minutesToContain: number | null;
  /** The drill's clocks: when each expected thing fell due. */
  deadlines: { label: string; at: Date }[];
  /** null before the drill starts; `final` once it has ended (the sheet written on the timeline). */
  score: { final: boolean; items: ReportItem[]; summary: ScoreSummary } | null;
  asOf: Date;
};

// A drill's score sheet and report. Visible exactly when its incident is:
// for anyone who may not see a restricted drill incident, the drill does
// not exist. An ended drill shows the sheet written when it ended; a
// running one, the sheet as it stands now, marked as not final.
export async function getDrillReport(user: Pick<SessionUser, "id" | "role">, drillId: string, now = new Date()): Promise<DrillReport> {
  if (!isUuid(drillId)) throw notFound("Drill");
  const drill = await db.drill.findUnique({
    where: { id: drillId },
    select: { id: true, state: true, scenarioId: true, scenarioSnapshot: true, startsAt: true, endedAt: true, incidentId: true, participantIds: true, startedById: true },
  });
  if (!drill) throw notFound("Drill");
  const incident = await db.incident.findFirst({ where: { id: drill.incidentId, ...visibleIncidents(user) }, select: { id: true, number: true, title: true, severityKey: true } });
  if (!incident) throw notFound("Drill");
  const scenario = await scenarioOfDrill(drill);
  if (!scenario) throw notFound("Drill scenario");

  const people = await db.user.findMany({ where: { id: { in: [...drill.participantIds, drill.startedById] } }, select: { id: true, name: true } });
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "Former user";
  const policy = await getSeverityPolicy(db, incident.severityKey);
  const until = drill.endedAt ?? now;
  const record = await readDrillRecord(db, drill.incidentId, drill.startsAt, until, policy.updateEveryMinutes);

  let items: ScoreItem[] | null = null;
  if (drill.state === "ENDED") {
    const ended = await db.timelineEvent.findFirst({ where: { incidentId: drill.incidentId, type: "drill_ended" }, orderBy: { id: "desc" }, select: { data: true } });
    items = ((ended?.data as { score?: ScoreItem[] } | null)?.score ?? null) as ScoreItem[] | null;
  } else if (drill.startsAt <= now) {
    items = scoreDrill(scenario, record);
  }
  const eventIds = (items ?? []).flatMap((i) => (i.eventId ? [BigInt(i.eventId)] : []));
  const events = eventIds.length ? await db.timelineEvent.findMany({ where: { id: { in: eventIds }, incidentId: drill.incidentId }, select: { id: true, at: true } }) : [];
  const atOf = (eventId: string | null) => events.find((e) => e.id.toString() === eventId)?.at ?? null;

  const at = (minute: number) => new Date(drill.startsAt.getTime() + minute * MINUTE_MS);
  const deadlines = [
    { label: "Acknowledge", at: at(scenario.expected.acknowledgeWithinMinutes) },
    { label: "Contain", at: at(scenario.expected.containWithinMinutes) },
    ...scenario.injects.filter((i) => i.kind === "evidence-loss").map((i) => ({ label: `Collect ${i.loses} before it is lost (${i.title})`, at: at(i.atMinute) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    drill: { id: drill.id, state: drill.state, startsAt: drill.startsAt, endedAt: drill.endedAt, incidentId: drill.incidentId, reference: formatIncidentNumber(incident.number), incidentTitle: incident.title },
    scenario: { id: scenario.id, title: scenario.title, briefing: scenario.briefing, severity: scenario.severity, category: scenario.category },
    startedBy: nameOf(drill.startedById),
    participants: drill.participantIds.map((id) => ({ id, name: nameOf(id) })),
    minutesToAcknowledge: minutesFrom(drill.startsAt, record.acknowledged?.at ?? null),
    minutesToContain: minutesFrom(drill.startsAt, record.contained?.at ?? null),
    deadlines,
    score: items ? { final: drill.state === "ENDED", items: items.map((i) => ({ ...i, eventAt: atOf(i.eventId) })), summary: summarizeScore(items) } : null,
    asOf: now,
  };
}
