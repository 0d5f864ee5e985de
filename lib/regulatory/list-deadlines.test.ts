import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addParticipant } from "@/lib/incidents/add-participant";
import { listDeadlines } from "@/lib/regulatory/list-deadlines";
import type { TDeadlinesQuery } from "@/lib/regulatory/schemas";
import { declareAs, expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const HOUR = 3_600_000;

// Obligations are written directly, under a framework key no other test
// uses: filtering by it makes the list this test's own, however many
// obligations other test files create in the shared database meanwhile.
async function addObligation(incidentId: string, framework: string, key: string, times: { dueAt?: Date | null; extendedDueAt?: Date; submittedAt?: Date }) {
  const row = await db.incidentObligation.create({
    data: {
      incidentId,
      frameworkKey: framework,
      obligationKey: key,
      title: `Obligation ${key}`,
      recipient: "Regulator",
      timeZone: "Europe/Brussels",
      dueAt: times.dueAt ?? null,
      extendedDueAt: times.extendedDueAt ?? null,
      submittedAt: times.submittedAt ?? null,
      submissionReference: times.submittedAt ? "REF-1" : null,
      basis: "test",
      catalogVersion: 1,
    },
    select: { id: true },
  });
  return row.id;
}

// Every page, following the cursors; also the counts each page reported.
async function walk(user: SessionUser, query: TDeadlinesQuery, now?: Date) {
  const ids: string[] = [];
  const pages: { size: number; total: number; overdue: number }[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listDeadlines(user, { ...query, ...(cursor ? { cursor } : {}) }, now);
    ids.push(...page.deadlines.map((d) => d.id));
    pages.push({ size: page.deadlines.length, total: page.total, overdue: page.overdue });
    if (!page.nextCursor) return { ids, pages };
    cursor = page.nextCursor;
  }
  throw new Error("the cursors never ended");
}

const byId = (ids: string[]) => [...ids].sort();

async function pagingSetup() {
  const lead = await makeUser("LEAD");
  const framework = uniqueWord("PAGING_");
  const { id: incidentId } = await declareAs(lead, { category: "data_exposure" });
  const now = new Date();
  const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
  const add = (key: string, times: Parameters<typeof addObligation>[3]) => addObligation(incidentId, framework, key, times);
  const ids = {
    overdue: await add("overdue", { dueAt: at(-1) }),
    filed: await add("filed", { dueAt: at(-1), submittedAt: at(-2) }),
    // An extension moves an obligation: here earlier than its computed time…
    movedEarlier: await add("moved-earlier", { dueAt: at(20), extendedDueAt: at(2) }),
    // …and here into the group of four that share one due time.
    same: [
      await add("same-1", { dueAt: at(5) }),
      await add("same-2", { dueAt: at(5) }),
      await add("same-3", { dueAt: at(5) }),
      await add("same-extended", { dueAt: at(1), extendedDueAt: at(5) }),
    ],
    later: await add("later", { dueAt: at(10) }),
    // No due time yet (awaiting its trigger): after everything that has one.
    awaiting: [await add("awaiting-1", { dueAt: null }), await add("awaiting-2", { dueAt: null })],
  };
  const openOrder = [ids.overdue, ids.movedEarlier, ...byId(ids.same), ids.later, ...byId(ids.awaiting)];
  return { lead, framework, incidentId, now, at, ids, openOrder };
}

describe("the Deadlines page's paging", () => {
  it("pages by effective due time then id, across equal due times and clocks without one, whatever the page size", async () => {
    const { lead, framework, now, ids, openOrder } = await pagingSetup();
    for (const limit of [1, 2, 3, 4, 9, 10]) {
      const { ids: seen, pages } = await walk(lead, { framework, limit }, now);
      expect(seen, `limit ${limit}`).toEqual(openOrder);
      expect(pages.map((p) => p.size)).toEqual(Array.from({ length: Math.ceil(9 / limit) }, (_, i) => Math.min(limit, 9 - i * limit)));
      // Every page counts all of them, not just itself.
      expect(new Set(pages.map((p) => `${p.total}/${p.overdue}`))).toEqual(new Set(["9/1"]));
    }
    // Including filed obligations keeps the order; the filed one shares the
    // overdue one's due time and sorts with it by id. Filed is not overdue.
    const all = await walk(lead, { framework, show: "all", limit: 2 }, now);
    expect(all.ids).toEqual([...byId([ids.overdue, ids.filed]), ...openOrder.slice(1)]);
    expect(all.pages[0]).toMatchObject({ total: 10, overdue: 1 });
  });

  it("shows each effective due time and status on the page", async () => {
    const { lead, framework, now, at, ids } = await pagingSetup();
    const page = await listDeadlines(lead, { framework, limit: 3 }, now);
    expect(page.deadlines.map((d) => [d.id, d.effectiveDueAt, d.status])).toEqual([
      [ids.overdue, at(-1), "overdue"],
      [ids.movedEarlier, at(2), "pending"],
      [byId(ids.same)[0], at(5), "pending"],
    ]);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it("a cursor stays valid while obligations come and go: nothing twice, nothing before it, new ones after it", async () => {
    const { lead, framework, incidentId, now, at, ids, openOrder } = await pagingSetup();
    const first = await listDeadlines(lead, { framework, limit: 4 }, now);
    expect(first.deadlines.map((d) => d.id)).toEqual(openOrder.slice(0, 4));
    // The first page ends inside the group sharing one due time. One new
    // obligation falls before the cursor, one after it.
    const before = await addObligation(incidentId, framework, "inserted-before", { dueAt: at(0.5) });
    const after = await addObligation(incidentId, framework, "inserted-after", { dueAt: at(7) });
    // Filing one that is still ahead removes it from the open list.
    await db.incidentObligation.update({ where: { id: ids.later }, data: { submittedAt: now, submissionReference: "REF-2" } });
    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await listDeadlines(lead, { framework, limit: 4, cursor }, now);
      rest.push(...page.deadlines.map((d) => d.id));
      cursor = page.nextCursor;
    }
    const same = byId(ids.same);
    expect(rest).toEqual([same[2], same[3], after, ...byId(ids.awaiting)]);
    expect(rest).not.toContain(before);
    expect(new Set([...first.deadlines.map((d) => d.id), ...rest]).size).toBe(first.deadlines.length + rest.length);
  });

  it("leaves restricted incidents' obligations out of the pages and the counts for those who may not see them", async () => {
    const { lead, framework, now, at, ids, openOrder } = await pagingSetup();
    const owner = await makeUser("LEAD");
    const insider = await makeUser("RESPONDER");
    const secret = await declareAs(owner, { restricted: true, category: "data_exposure" });
    const secretIds = [await addObligation(secret.id, framework, "secret-1", { dueAt: at(5) }), await addObligation(secret.id, framework, "secret-2", { dueAt: null })];
    await addParticipant(owner, actorFor(owner), secret.id, { userId: insider.id });

    const outsider = await walk(lead, { framework, limit: 2 }, now);
    expect(outsider.ids).toEqual(openOrder);
    expect(outsider.pages[0]).toMatchObject({ total: 9 });

    const inside = await walk(insider, { framework, limit: 2 }, now);
    expect(inside.ids).toEqual([ids.overdue, ids.movedEarlier, ...byId([...ids.same, secretIds[0]!]), ids.later, ...byId([...ids.awaiting, secretIds[1]!])]);
    expect(inside.pages[0]).toMatchObject({ total: 11, overdue: 1 });
  });

  it("refuses a cursor it did not write and a page size out of range", async () => {
    const lead = await makeUser("LEAD");
    for (const cursor of ["nonsense", Buffer.from(JSON.stringify(["2026-11-31T00:00:00.000Z", crypto.randomUUID()])).toString("base64url"), Buffer.from(JSON.stringify([null, "1; drop"])).toString("base64url")]) {
      await expectAppError(listDeadlines(lead, { cursor }), "BAD_REQUEST", "The cursor is not valid; start again from the first page");
    }
    await expectAppError(listDeadlines(lead, { limit: 0 }), "BAD_REQUEST", /limit is at least 1/);
    await expectAppError(listDeadlines(lead, { limit: 201 }), "BAD_REQUEST", /limit is at most 200/);
  });
});
