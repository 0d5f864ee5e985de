import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { parseInput } from "@/lib/validation";
import { scenarioOfDrill } from "./list-scenarios";
import { ZListDrillsQuery } from "./schemas";

// The drills the asker may see, newest first. A drill is seen through its
// incident: a restricted drill incident the asker may not see leaves its
// drill out entirely (not even counted).
export async function listDrills(user: SessionUser, input: unknown) {
  const query = parseInput(ZListDrillsQuery, input, "Query");
  const drills = await db.drill.findMany({
    where: { ...(query.scenario ? { scenarioId: query.scenario } : {}), ...(query.state ? { state: query.state } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit * 2,
    select: { id: true, scenarioId: true, scenarioSnapshot: true, incidentId: true, state: true, startsAt: true, endedAt: true, pausedAt: true, startedById: true, createdAt: true },
  });
  const incidents = await db.incident.findMany({
    where: { id: { in: drills.map((d) => d.incidentId) }, drill: true, ...visibleIncidents(user) },
    select: { id: true, number: true, title: true, status: true },
  });
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const visible = drills.filter((d) => byId.has(d.incidentId)).slice(0, query.limit);
  const starters = await db.user.findMany({ where: { id: { in: [...new Set(visible.map((d) => d.startedById))] } }, select: { id: true, name: true } });
  const names = new Map(starters.map((u) => [u.id, u.name]));
  // The title the drill was started with (its snapshot), else the library's.
  const titles = new Map(await Promise.all(visible.map(async (d) => [d.id, (await scenarioOfDrill(d))?.title] as const)));
  return {
    drills: visible.map((d) => {
      const incident = byId.get(d.incidentId)!;
      return {
        id: d.id,
        state: d.state,
        scenario: { id: d.scenarioId, title: titles.get(d.id) ?? d.scenarioId },
        incident: { id: incident.id, reference: formatIncidentNumber(incident.number), title: incident.title, status: incident.status },
        startedBy: { id: d.startedById, name: names.get(d.startedById) ?? "a former user" },
        startsAt: d.startsAt.toISOString(),
        endedAt: d.endedAt?.toISOString() ?? null,
        pausedAt: d.pausedAt?.toISOString() ?? null,
      };
    }),
  };
}

export type DrillListItem = Awaited<ReturnType<typeof listDrills>>["drills"][number];
