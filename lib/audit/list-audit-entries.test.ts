import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { ZAuditQuery, type TAuditQuery } from "@/lib/audit/schemas";
import { transaction } from "@/lib/db";
import { actorFor, makeUser } from "@/test/helpers/users";

const list = (query: TAuditQuery) => listAuditEntries(ZAuditQuery.parse(query));

// Each test writes actions of its own, so entries from other tests sharing
// the database never match its filters.
async function writeTrail() {
  const tag = randomUUID().slice(0, 8);
  const alice = await makeUser("ADMIN");
  const bob = await makeUser("LEAD");
  const incidentId = randomUUID();
  const append = (actor: Parameters<typeof appendAudit>[1], action: string, targetType: string, targetId: string | null) =>
    transaction((tx) => appendAudit(tx, actor, { action: `test.${tag}.${action}`, targetType, targetId }));
  await append(actorFor(alice), "open", "incident", incidentId);
  await append(actorFor(bob), "note", "incident", incidentId);
  await append(actorFor(alice), "note", "cluster", "c-1");
  await append(SYSTEM_ACTOR, "note", "incident", incidentId);
  return { tag, alice, bob, incidentId };
}

describe("audit log filters", () => {
  it("filters by actor, with system for what Cordon did itself", async () => {
    const { tag, alice } = await writeTrail();
    const byAlice = await list({ actor: alice.id });
    expect(byAlice.entries.map((entry) => entry.action)).toEqual([`test.${tag}.note`, `test.${tag}.open`]);
    expect(byAlice.entries.every((entry) => entry.actorId === alice.id)).toBe(true);
    const bySystem = await list({ actor: "system", action: `test.${tag}.note` });
    expect(bySystem.entries).toHaveLength(1);
    expect(bySystem.entries[0]).toMatchObject({ actorId: null, actorLabel: "system" });
  });

  it("filters by action, target and both together", async () => {
    const { tag, bob, incidentId } = await writeTrail();
    expect((await list({ action: `test.${tag}.note` })).entries).toHaveLength(3);
    const onIncident = await list({ targetType: "incident", targetId: incidentId });
    expect(onIncident.entries.map((entry) => entry.action)).toEqual([`test.${tag}.note`, `test.${tag}.note`, `test.${tag}.open`]);
    const combined = await list({ action: `test.${tag}.note`, targetType: "incident", actor: bob.id });
    expect(combined.entries).toHaveLength(1);
    expect(combined.entries[0]).toMatchObject({ actorId: bob.id, targetId: incidentId });
  });

  it("filters by time, both ends included", async () => {
    const { tag } = await writeTrail();
    const [open] = (await list({ action: `test.${tag}.open` })).entries;
    const at = open!.at.getTime();
    const seqsIn = async (from: number | null, to: number | null) =>
      (await list({ targetType: "incident", ...(from !== null ? { from: new Date(from).toISOString() } : {}), ...(to !== null ? { to: new Date(to).toISOString() } : {}) })).entries.map((entry) => entry.seq);
    expect(await seqsIn(at, at)).toContain(open!.seq);
    expect(await seqsIn(null, at)).toContain(open!.seq);
    expect(await seqsIn(at + 1, null)).not.toContain(open!.seq);
    expect(await seqsIn(null, at - 1)).not.toContain(open!.seq);
    const window = await list({ from: new Date(at).toISOString(), to: new Date(at).toISOString() });
    expect(window.entries.every((entry) => entry.at.getTime() === at)).toBe(true);
  });

  it("keeps keyset paging within a filter", async () => {
    const { tag } = await writeTrail();
    const first = await list({ action: `test.${tag}.note`, limit: 2 });
    expect(first.entries).toHaveLength(2);
    expect(first.nextBefore).toBe(first.entries[1]!.seq);
    const second = await list({ action: `test.${tag}.note`, limit: 2, before: first.nextBefore! });
    expect(second.entries).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    expect(BigInt(second.entries[0]!.seq)).toBeLessThan(BigInt(first.entries[1]!.seq));
  });

  it("offers the people, actions and target kinds that occur", async () => {
    const { tag, alice } = await writeTrail();
    const options = await listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining([`test.${tag}.open`, `test.${tag}.note`]));
    expect(options.actions).toEqual([...options.actions].sort());
    expect(new Set(options.actions).size).toBe(options.actions.length);
    expect(options.targetTypes).toEqual(expect.arrayContaining(["cluster", "incident"]));
    expect(options.people.map((person) => person.id)).toContain(alice.id);
  });

  it("refuses filters that make no sense, and treats empty ones as absent", () => {
    expect(ZAuditQuery.safeParse({ from: "2026-12-02T00:00:00Z", to: "2026-12-01T00:00:00Z" }).success).toBe(false);
    expect(ZAuditQuery.safeParse({ from: "yesterday-ish" }).success).toBe(false);
    expect(ZAuditQuery.safeParse({ actor: "alice" }).success).toBe(false);
    expect(ZAuditQuery.parse({ actor: "", action: "", from: "", targetId: "" })).toEqual({ limit: 50 });
  });
});
