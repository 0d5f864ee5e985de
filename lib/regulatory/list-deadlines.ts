import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import type { Framework } from "@/lib/rules/regulations/types";
import { parseInput } from "@/lib/validation";
import { listCatalog } from "./catalog-store";
import { compareByDue, namesOf, OBLIGATION_VIEW_SELECT, toObligationView } from "./obligation-view";
import { ZDeadlinesQuery, type TDeadlinesQuery } from "./schemas";

// A generous cap: obligations exist only on incidents someone accepted a
// framework for, so even a busy installation has a few hundred open.
const MAX_ROWS = 500;

// The Deadlines page: obligations of every open incident the user may see
// (restricted incidents only for their participants), soonest first.
export async function listDeadlines(user: SessionUser, input: TDeadlinesQuery, now = new Date()) {
  const query = parseInput(ZDeadlinesQuery, input, "Query");
  const where: Prisma.IncidentObligationWhereInput = {
    incident: { AND: [visibleIncidents(user), { status: { not: "CLOSED" } }] },
    ...(query.framework ? { frameworkKey: query.framework } : {}),
    ...(query.show === "open" ? { submittedAt: null, notApplicableAt: null } : {}),
  };
  const [rows, catalogEntries] = await Promise.all([
    db.incidentObligation.findMany({
      where,
      orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: MAX_ROWS + 1,
      select: { ...OBLIGATION_VIEW_SELECT, incident: { select: { number: true, title: true, restricted: true, severityKey: true } } },
    }),
    listCatalog(db),
  ]);
  const catalog = new Map<string, Framework>(catalogEntries.map((entry) => [entry.key, entry.definition]));
  const names = await namesOf(rows.flatMap((r) => [r.submittedById, r.notApplicableById]));
  const deadlines = rows
    .slice(0, MAX_ROWS)
    .map(({ incident, ...row }) => ({
      ...toObligationView(row, catalog, names, now),
      incident: { id: row.incidentId, reference: formatIncidentNumber(incident.number), title: incident.title, restricted: incident.restricted, severity: incident.severityKey },
    }))
    .sort(compareByDue);
  return {
    now,
    deadlines,
    truncated: rows.length > MAX_ROWS,
    frameworks: catalogEntries.map((entry) => ({ key: entry.key, name: entry.definition.name })),
  };
}

export type DeadlineList = Awaited<ReturnType<typeof listDeadlines>>;
