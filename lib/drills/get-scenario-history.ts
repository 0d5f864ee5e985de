import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";
import type { ScoreItem } from "@/lib/rules/drills/score-drill";
import { minutesFrom, summarizeScore } from "@/lib/rules/drills/score-summary";
import { getScenarioTitle } from "./get-scenario-source";

const MAX_DRILLS = 200;

export type ScenarioHistoryRow = {
  drillId: string;
  incidentId: string;
  startsAt: Date;
  endedAt: Date | null;
  participants: number;
  met: number;
  total: number;
  minutesToAcknowledge: number | null;
  minutesToContain: number | null;
};

// Every ended drill of one scenario, oldest first, so the trend reads left
// to right. Drills whose incident the user may not see are left out
// entirely. Figures come from the score sheet each drill wrote when it
// ended, with the times of the events that sheet points at.
export async function getScenarioHistory(user: Pick<SessionUser, "id" | "role">, scenarioId: string) {
  const drills = await db.drill.findMany({
    where: { scenarioId, state: "ENDED" },
    orderBy: { startsAt: "asc" },
    take: MAX_DRILLS,
    select: { id: true, incidentId: true, startsAt: true, endedAt: true, participantIds: true, scenarioSnapshot: true },
  });
  const scenario = await getScenarioTitle(scenarioId).catch((error: unknown) => {
    // A scenario no longer in the library still has its history, titled from a drill's snapshot.
    const title = (drills[0]?.scenarioSnapshot as { title?: string } | null)?.title;
    if (title) return { id: scenarioId, title, origin: "admin" as const };
    throw error;
  });
  if (drills.length === 0) return { scenario, drills: [] as ScenarioHistoryRow[] };

  const visible = await db.incident.findMany({ where: { id: { in: drills.map((d) => d.incidentId) }, ...visibleIncidents(user) }, select: { id: true } });
  const shown = drills.filter((d) => visible.some((i) => i.id === d.incidentId));
  const sheets = await db.timelineEvent.findMany({ where: { incidentId: { in: shown.map((d) => d.incidentId) }, type: "drill_ended" }, orderBy: { id: "asc" }, select: { incidentId: true, data: true } });
  const scoreOf = (incidentId: string) => ((sheets.findLast((s) => s.incidentId === incidentId)?.data as { score?: ScoreItem[] } | undefined)?.score ?? []) as ScoreItem[];
  const proof = shown.flatMap((d) => scoreOf(d.incidentId).filter((i) => (i.key === "acknowledge" || i.key === "contain") && i.eventId).map((i) => BigInt(i.eventId!)));
  const events = proof.length ? await db.timelineEvent.findMany({ where: { id: { in: proof } }, select: { id: true, at: true } }) : [];
  const timeOf = (items: ScoreItem[], key: string) => {
    const eventId = items.find((i) => i.key === key)?.eventId;
    return events.find((e) => e.id.toString() === eventId)?.at ?? null;
  };

  return {
    scenario,
    drills: shown.map((d): ScenarioHistoryRow => {
      const items = scoreOf(d.incidentId);
      const summary = summarizeScore(items);
      return {
        drillId: d.id,
        incidentId: d.incidentId,
        startsAt: d.startsAt,
        endedAt: d.endedAt,
        participants: d.participantIds.length,
        met: summary.met,
        total: summary.total,
        minutesToAcknowledge: minutesFrom(d.startsAt, timeOf(items, "acknowledge")),
        minutesToContain: minutesFrom(d.startsAt, timeOf(items, "contain")),
      };
    }),
  };
}

