import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { incidentClocks } from "@/lib/rules/incidents/clocks";
import { formatIncidentNumber, parseIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { parseInput } from "@/lib/validation";
import { INCIDENT_SUMMARY_SELECT } from "./incident-summary-select";
import { decodeCursor, encodeCursor } from "./list-cursor";
import { ZListIncidentsQuery, type TListIncidentsQuery } from "./schemas";
import { visibleIncidents } from "./visibility";

// The triage board: most severe first, then oldest, keyset-paginated.
export async function listIncidents(user: SessionUser, input: TListIncidentsQuery, now = new Date()) {
  const query = parseInput(ZListIncidentsQuery, input, "Query");
  const filters: Prisma.IncidentWhereInput[] = [visibleIncidents(user)];
  // "Not closed" rather than a list of open statuses: it matches the partial
  // index that serves the board's default view.
  if (query.status === "open") filters.push({ status: { not: "CLOSED" } });
  else if (query.status !== "all") filters.push({ status: query.status });
  if (query.severity) filters.push({ severityKey: query.severity });
  if (query.category) filters.push({ category: query.category });
  if (query.lead) filters.push({ leadId: query.lead });
  if (query.mine) filters.push({ OR: [{ leadId: user.id }, { roles: { some: { userId: user.id, releasedAt: null } } }] });
  if (query.drills === "exclude") filters.push({ drill: false });
  if (query.drills === "only") filters.push({ drill: true });
  if (query.q) filters.push(searchFilter(query.q));
  if (query.cursor) filters.push(afterCursor(query.cursor));
  const policies = await listSeverityPolicies();
  if (query.severity) {
    // Filtering by rank too lets the board-order index serve the query.
    const rank = policies.find((policy) => policy.key === query.severity)?.rank;
    if (rank !== undefined) filters.push({ severityRank: rank });
  }

  const orderBy: Prisma.IncidentOrderByWithRelationInput[] = [{ severityRank: "asc" }, { declaredAt: "asc" }, { number: "asc" }];
  const where = query.q ? await searchPageWhere({ AND: filters }, orderBy, query.limit + 1) : { AND: filters };
  const [rows] = await Promise.all([
    db.incident.findMany({
      where,
      orderBy,
      take: query.limit + 1,
      select: {
        ...INCIDENT_SUMMARY_SELECT,
        roles: { where: { kind: "LEAD", releasedAt: null }, select: { user: { select: { id: true, name: true } } } },
        tasks: { where: { state: "OPEN", dueAt: { not: null } }, select: { dueAt: true, state: true }, orderBy: { dueAt: "asc" }, take: 3 },
        // Flagged on the board: a cluster action someone must approve.
        _count: { select: { clusterActions: { where: { status: "AWAITING_APPROVAL" } } } },
      },
    }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const policyByKey = new Map(policies.map((policy) => [policy.key, policy]));

  return {
    incidents: page.map(({ roles, tasks, _count, ...incident }) => {
      const policy = policyByKey.get(incident.severityKey);
      const clocks = policy
        ? incidentClocks({
            declaredAt: incident.declaredAt,
            acknowledgedAt: incident.acknowledgedAt,
            lastUpdateAt: incident.lastUpdateAt,
            status: incident.status,
            policy,
            now,
            tasks: tasks.map((task) => ({ dueAt: task.dueAt, state: "open" as const })),
          })
        : null;
      return {
        ...incident,
        reference: formatIncidentNumber(incident.number),
        lead: roles[0]?.user ?? null,
        severityName: policy?.name ?? incident.severityKey,
        nextDue: clocks?.nextDue ?? null,
        acknowledgeOverdue: clocks?.acknowledgeOverdue ?? false,
        pendingApprovals: _count.clusterActions,
      };
    }),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ rank: last.severityRank, declaredAt: last.declaredAt.toISOString(), number: last.number }) : null,
  };
}

// Rows after the cursor in (rank, declared, number) order. The leading
// `rank >= r` gives the index a place to start instead of scanning the OR.
function afterCursor(cursor: string): Prisma.IncidentWhereInput {
  const c = decodeCursor(cursor);
  const at = new Date(c.declaredAt);
  return {
    severityRank: { gte: c.rank },
    OR: [
      { severityRank: { gt: c.rank } },
      { severityRank: c.rank, declaredAt: { gt: at } },
      { severityRank: c.rank, declaredAt: at, number: { gt: c.number } },
    ],
  };
}

// Text search. Asked for one page, PostgreSQL walks the board-order index
// testing every row, which is slow when the matches sit late in that order
// (e.g. no SEV1 matches). Asked for a wider window of ids, it weighs the
// trigram index fairly; the page is then read by those ids. The ids come
// from the filtered (visible-only) query, so nothing else can slip in.
const SEARCH_WINDOW = 300;

async function searchPageWhere(where: Prisma.IncidentWhereInput, orderBy: Prisma.IncidentOrderByWithRelationInput[], take: number): Promise<Prisma.IncidentWhereInput> {
  const window = await db.incident.findMany({ where, orderBy, take: Math.max(SEARCH_WINDOW, take), select: { id: true } });
  return { id: { in: window.slice(0, take).map((row) => row.id) } };
}

// "INC-1042" or "1042" finds that incident; anything else is a
// case-insensitive substring of the title or summary (one trigram index
// over both, see search_text).
function searchFilter(q: string): Prisma.IncidentWhereInput {
  const number = parseIncidentNumber(q);
  const text: Prisma.IncidentWhereInput = { searchText: { contains: q, mode: "insensitive" } };
  return number === null ? text : { OR: [{ number }, text] };
}
