import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { parseInput } from "@/lib/validation";
import { ZListAlertsQuery, type TListAlertsQuery } from "./schemas";

export const ALERT_LIST_SELECT = {
  id: true,
  fingerprint: true,
  state: true,
  count: true,
  firstSeenAt: true,
  lastSeenAt: true,
  incidentId: true,
  title: true,
  priority: true,
  priorityRank: true,
  ruleName: true,
  cluster: true,
  namespace: true,
  pod: true,
  node: true,
  container: true,
  ignoredReason: true,
  unattendedAt: true,
  source: { select: { id: true, kind: true, name: true } },
  incident: { select: { number: true, title: true, status: true } },
} as const;

// Alert groups tied to a restricted incident the viewer may not see do not
// exist for them, like the incident itself.
export function visibleAlertGroups(user: Pick<SessionUser, "id" | "role">): Prisma.AlertGroupWhereInput {
  const incidents = visibleIncidents(user);
  if (Object.keys(incidents).length === 0) return {};
  return { OR: [{ incidentId: null }, { incident: incidents }] };
}

// The inbox: latest activity first, keyset-paged on (last seen, id).
export async function listAlertGroups(user: SessionUser, input: TListAlertsQuery) {
  const query = parseInput(ZListAlertsQuery, input, "Query");
  const filters: Prisma.AlertGroupWhereInput[] = [visibleAlertGroups(user)];
  if (query.source) filters.push({ sourceId: query.source });
  if (query.state === "open") filters.push({ state: { in: ["new", "acknowledged"] } });
  else if (query.state !== "all") filters.push({ state: query.state });
  if (query.q) filters.push({ title: { contains: query.q, mode: "insensitive" } });
  if (query.cursor) {
    const { lastSeenAt, id } = decodeAlertCursor(query.cursor);
    filters.push({ OR: [{ lastSeenAt: { lt: lastSeenAt } }, { lastSeenAt, id: { lt: id } }] });
  }
  const rows = await db.alertGroup.findMany({
    where: { AND: filters },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: ALERT_LIST_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    alerts: page.map(({ incident, ...group }) => ({ ...group, incident: incident ? { ...incident, reference: formatIncidentNumber(incident.number) } : null })),
    nextCursor: rows.length > query.limit && last ? encodeAlertCursor(last) : null,
  };
}

function encodeAlertCursor(row: { lastSeenAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.lastSeenAt.toISOString(), row.id])).toString("base64url");
}

function decodeAlertCursor(value: string): { lastSeenAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const lastSeenAt = new Date(at);
    if (Number.isNaN(lastSeenAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error("shape");
    return { lastSeenAt, id };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}
