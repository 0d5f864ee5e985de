import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeTimeIdCursor, encodeTimeIdCursor } from "@/lib/post-mortems/action-items/list-cursor";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { parseInput } from "@/lib/validation";
import { visiblePostMortems } from "./lock-post-mortem";
import { ZListPostMortemsQuery, type TListPostMortemsQuery } from "./schemas";

// Reviews of the incidents the user may see, most recently changed first,
// keyset-paginated on (updated, id).
export async function listPostMortems(user: SessionUser, input: TListPostMortemsQuery) {
  const query = parseInput(ZListPostMortemsQuery, input, "Query");
  const filters: Prisma.PostMortemWhereInput[] = [visiblePostMortems(user)];
  if (query.state !== "all") filters.push({ state: query.state });
  if (query.cursor) {
    const cursor = decodeTimeIdCursor(query.cursor);
    filters.push({ OR: [{ updatedAt: { lt: cursor.at } }, { updatedAt: cursor.at, id: { lt: cursor.id } }] });
  }
  const rows = await db.postMortem.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      incidentId: true,
      state: true,
      revision: true,
      createdById: true,
      updatedAt: true,
      incident: { select: { number: true, title: true, severityKey: true, severityRank: true, status: true, restricted: true, drill: true } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const authors = await authorsOf(page);
  return {
    postMortems: page.map(({ createdById: _createdBy, incident, ...row }) => ({
      ...row,
      incident: { ...incident, reference: formatIncidentNumber(incident.number) },
      authors: authors.get(row.id) ?? [],
    })),
    nextCursor: rows.length > query.limit && last ? encodeTimeIdCursor({ at: last.updatedAt, id: last.id }) : null,
  };
}

// The review's creator and whoever saved a section, by name, in two queries per page.
async function authorsOf(page: { id: string; createdById: string }[]) {
  if (page.length === 0) return new Map<string, { id: string; name: string }[]>();
  const sections = await db.postMortemSection.findMany({
    where: { postMortemId: { in: page.map((row) => row.id) }, updatedById: { not: null } },
    distinct: ["postMortemId", "updatedById"],
    select: { postMortemId: true, updatedById: true },
  });
  const idsByReview = new Map(page.map((row) => [row.id, new Set([row.createdById])]));
  for (const section of sections) idsByReview.get(section.postMortemId)?.add(section.updatedById!);
  const allIds = [...new Set([...idsByReview.values()].flatMap((ids) => [...ids]))];
  const people = await db.user.findMany({ where: { id: { in: allIds } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return new Map([...idsByReview].map(([reviewId, ids]) => [reviewId, [...ids].map((id) => ({ id, name: names.get(id) ?? "Unknown user" }))]));
}

export type PostMortemListPage = Awaited<ReturnType<typeof listPostMortems>>;
