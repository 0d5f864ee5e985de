import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import type { Framework } from "@/lib/rules/regulations/types";
import { parseInput } from "@/lib/validation";
import { listCatalog } from "./catalog-store";
import { decodeDeadlineCursor, encodeDeadlineCursor } from "./deadline-cursor";
import { namesOf, OBLIGATION_VIEW_SELECT, toObligationView } from "./obligation-view";
import { ZDeadlinesQuery, type TDeadlinesQuery } from "./schemas";

// The Deadlines page: obligations of every open incident the user may see
// (restricted incidents only for their participants), soonest effective due
// time first (a granted extension counts), those without a due time last,
// keyset-paged. The counts cover every page, so the page can say how much
// it shows and how much is overdue before all of it is loaded.
export async function listDeadlines(user: SessionUser, input: TDeadlinesQuery, now = new Date()) {
  const query = parseInput(ZDeadlinesQuery, input, "Query");
  const where: Prisma.IncidentObligationWhereInput = {
    incident: { AND: [visibleIncidents(user), { status: { not: "CLOSED" } }] },
    ...(query.framework ? { frameworkKey: query.framework } : {}),
    ...(query.show === "open" ? { submittedAt: null, notApplicableAt: null } : {}),
  };
  const [rows, total, overdue, catalogEntries] = await Promise.all([
    db.incidentObligation.findMany({
      where: query.cursor ? { AND: [where, afterCursor(query.cursor)] } : where,
      orderBy: [{ effectiveDueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: query.limit + 1,
      select: { ...OBLIGATION_VIEW_SELECT, effectiveDueAt: true, incident: { select: { number: true, title: true, restricted: true, severityKey: true } } },
    }),
    db.incidentObligation.count({ where }),
    // What obligationStatus calls overdue: open, and strictly past its due time.
    db.incidentObligation.count({ where: { AND: [where, { submittedAt: null, notApplicableAt: null, effectiveDueAt: { lt: now } }] } }),
    listCatalog(db),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const catalog = new Map<string, Framework>(catalogEntries.map((entry) => [entry.key, entry.definition]));
  const names = await namesOf(page.flatMap((r) => [r.submittedById, r.notApplicableById]));
  return {
    now,
    deadlines: page.map(({ incident, effectiveDueAt: _ordered, ...row }) => ({
      ...toObligationView(row, catalog, names, now),
      incident: { id: row.incidentId, reference: formatIncidentNumber(incident.number), title: incident.title, restricted: incident.restricted, severity: incident.severityKey },
    })),
    nextCursor: rows.length > query.limit && last ? encodeDeadlineCursor({ dueAt: last.effectiveDueAt, id: last.id }) : null,
    total,
    overdue,
    frameworks: catalogEntries.map((entry) => ({ key: entry.key, name: entry.definition.name })),
  };
}

// Rows after the cursor in (effective due time, nulls last; id) order.
function afterCursor(cursor: string): Prisma.IncidentObligationWhereInput {
  const { dueAt, id } = decodeDeadlineCursor(cursor);
  if (dueAt === null) return { effectiveDueAt: null, id: { gt: id } };
  return { OR: [{ effectiveDueAt: { gt: dueAt } }, { effectiveDueAt: dueAt, id: { gt: id } }, { effectiveDueAt: null }] };
}

export type DeadlineList = Awaited<ReturnType<typeof listDeadlines>>;
