import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { assignRole } from "@/lib/incidents/assign-role";
import { encodeCursor } from "@/lib/incidents/list-cursor";
import { listIncidents } from "@/lib/incidents/list-incidents";
import type { TDeclareIncidentInput, TListIncidentsQuery } from "@/lib/incidents/schemas";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { declareAs, expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

type Declared = Awaited<ReturnType<typeof declareAs>>;

// One board's worth of incidents, all with a word in the title that no other
// test uses, declared one after another so their ages are known.
let word: string;
let lead: SessionUser;
let otherLead: SessionUser;
let scribe: SessionUser;
let inc: Record<"alpha" | "bravo" | "charlie" | "delta" | "echo" | "foxtrot" | "golf", Declared>;

async function ids(user: SessionUser, query: TListIncidentsQuery) {
  const { incidents } = await listIncidents(user, query);
  return incidents.map((incident) => incident.id);
}

beforeAll(async () => {
  word = uniqueWord("board");
  [lead, otherLead, scribe] = await Promise.all([makeUser("LEAD"), makeUser("LEAD"), makeUser("RESPONDER")]);
  const declare = (name: string, input: Partial<TDeclareIncidentInput>, by = lead) => declareAs(by, { title: `${word} ${name}`, ...input });
  const alpha = await declare("alpha", { severity: "SEV3", category: "other" });
  const bravo = await declare("bravo", { severity: "SEV1", category: "container_compromise" });
  const charlie = await declare("charlie", { severity: "SEV3", drill: true });
  const delta = await declare("delta", { severity: "SEV2", category: "data_exposure", summary: `Exfiltration via the Needle-${word} bucket` });
  const echo = await declare("echo", { severity: "SEV4" });
  const foxtrot = await declare("foxtrot", { severity: "SEV1" });
  const golf = await declare("golf", { severity: "SEV2" }, otherLead);
  inc = { alpha, bravo, charlie, delta, echo, foxtrot, golf };
  await transitionIncident(lead, actorFor(lead), echo.id, { to: "CLOSED", reason: "False positive: a scheduled load test" });
  await transitionIncident(lead, actorFor(lead), foxtrot.id, { to: "INVESTIGATING" });
  await assignRole(lead, actorFor(lead), alpha.id, { kind: "SCRIBE", userId: scribe.id });
});

describe("listIncidents", () => {
  it("lists open incidents most severe first, then oldest first", async () => {
    const { incidents, nextCursor } = await listIncidents(lead, { q: word });
    expect(incidents.map((i) => i.id)).toEqual([inc.bravo.id, inc.foxtrot.id, inc.delta.id, inc.golf.id, inc.alpha.id, inc.charlie.id]);
    expect(nextCursor).toBeNull();
    expect(incidents[0]).toMatchObject({
      reference: inc.bravo.reference,
      severityKey: "SEV1",
      severityRank: 1,
      severityName: "SEV1 — critical",
      status: "TRIAGE",
      lead: { id: lead.id, name: lead.name },
      leadId: lead.id,
    });
    expect(incidents.find((i) => i.id === inc.golf.id)?.lead).toEqual({ id: otherLead.id, name: otherLead.name });
  });

  it("filters by status: open (default), all, or one status", async () => {
    expect(await ids(lead, { q: word, status: "open" })).not.toContain(inc.echo.id);
    expect(await ids(lead, { q: word, status: "all" })).toEqual([inc.bravo.id, inc.foxtrot.id, inc.delta.id, inc.golf.id, inc.alpha.id, inc.charlie.id, inc.echo.id]);
    expect(await ids(lead, { q: word, status: "CLOSED" })).toEqual([inc.echo.id]);
    expect(await ids(lead, { q: word, status: "INVESTIGATING" })).toEqual([inc.foxtrot.id]);
    expect(await ids(lead, { q: word, status: "CONTAINED" })).toEqual([]);
  });

  it("filters by severity, category and lead", async () => {
    expect(await ids(lead, { q: word, severity: "SEV2" })).toEqual([inc.delta.id, inc.golf.id]);
    expect(await ids(lead, { q: word, severity: "SEV4", status: "all" })).toEqual([inc.echo.id]);
    expect(await ids(lead, { q: word, severity: "SEV9" })).toEqual([]);
    expect(await ids(lead, { q: word, category: "data_exposure" })).toEqual([inc.delta.id]);
    expect(await ids(lead, { q: word, category: "container_compromise" })).toEqual([inc.bravo.id]);
    expect(await ids(lead, { lead: otherLead.id })).toEqual([inc.golf.id]);
    expect(await ids(otherLead, { lead: lead.id, status: "all" })).toEqual([inc.bravo.id, inc.foxtrot.id, inc.delta.id, inc.alpha.id, inc.charlie.id, inc.echo.id]);
  });

  it("filters to the caller's own incidents: ones they lead or hold a role on", async () => {
    expect(await ids(otherLead, { mine: "true" })).toEqual([inc.golf.id]);
    expect(await ids(scribe, { mine: "true" })).toEqual([inc.alpha.id]);
    expect(await ids(scribe, { mine: "false", q: word })).toHaveLength(6);
  });

  it("includes, excludes or shows only drills", async () => {
    expect(await ids(lead, { q: word, drills: "include" })).toContain(inc.charlie.id);
    const excluded = await ids(lead, { q: word, drills: "exclude" });
    expect(excluded).toHaveLength(5);
    expect(excluded).not.toContain(inc.charlie.id);
    expect(await ids(lead, { q: word, drills: "only" })).toEqual([inc.charlie.id]);
  });

  it("searches titles and summaries for a case-insensitive substring", async () => {
    expect(await ids(lead, { q: `${word} BRAV`.toUpperCase() })).toEqual([inc.bravo.id]);
    expect(await ids(lead, { q: `${word.slice(3)} DELT` })).toEqual([inc.delta.id]);
    expect(await ids(lead, { q: `needle-${word.toUpperCase()} BUCKET` })).toEqual([inc.delta.id]);
    expect(await ids(lead, { q: `${word} zulu` })).toEqual([]);
  });

  it("finds an incident by its number, with or without the INC- prefix", async () => {
    const { number, reference } = inc.bravo;
    for (const q of [reference, reference.toLowerCase(), String(number), `#${number}`, `  ${reference}  `]) {
      expect(await ids(lead, { q, lead: lead.id, status: "all" })).toEqual([inc.bravo.id]);
    }
    expect(await ids(otherLead, { q: reference })).toContain(inc.bravo.id);
    expect(await ids(lead, { q: "INC-2147483000", lead: lead.id, status: "all" })).toEqual([]);
  });

  it("pages by keyset: pages follow the board order, never overlap and cover everything", async () => {
    const everything = await ids(lead, { q: word, status: "all" });
    expect(everything).toHaveLength(7);
    for (const limit of [1, 2, 3, 7]) {
      const seen: string[] = [];
      const sizes: number[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await listIncidents(lead, { q: word, status: "all", limit, cursor });
        seen.push(...result.incidents.map((i) => i.id));
        sizes.push(result.incidents.length);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      expect(seen).toEqual(everything);
      expect(new Set(seen).size).toBe(seen.length);
      expect(sizes.every((size) => size <= limit)).toBe(true);
      expect(sizes).toHaveLength(Math.ceil(7 / limit));
    }
  });

  it("keeps filters on later pages", async () => {
    const first = await listIncidents(lead, { q: word, severity: "SEV1", limit: 1 });
    expect(first.incidents.map((i) => i.id)).toEqual([inc.bravo.id]);
    const second = await listIncidents(lead, { q: word, severity: "SEV1", limit: 1, cursor: first.nextCursor! });
    expect(second.incidents.map((i) => i.id)).toEqual([inc.foxtrot.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses an invalid cursor with a clear 400-type error", async () => {
    const cursors = [
      "not a cursor!",
      Buffer.from('{"rank":1}').toString("base64url"),
      Buffer.from("null").toString("base64url"),
      Buffer.from(JSON.stringify([1.5, new Date().toISOString(), 1000])).toString("base64url"),
      Buffer.from(JSON.stringify([1, "not a date", 1000])).toString("base64url"),
      // Decodable but beyond what the database columns hold.
      encodeCursor({ rank: 1, declaredAt: new Date().toISOString(), number: 1e20 }),
      encodeCursor({ rank: 3e12, declaredAt: new Date().toISOString(), number: 1000 }),
      encodeCursor({ rank: 1, declaredAt: "+275760-09-13T00:00:00.000Z", number: 1000 }),
    ];
    for (const cursor of cursors) {
      const error = await expectAppError(listIncidents(lead, { q: word, cursor }), "BAD_REQUEST", "The cursor is not valid; start again from the first page");
      expect(error.details?.fields).toEqual({ cursor: ["Invalid cursor"] });
    }
  });

  it("refuses other bad query values with the field named", async () => {
    await expectAppError(listIncidents(lead, { limit: 0 }), "BAD_REQUEST", /limit/);
    await expectAppError(listIncidents(lead, { limit: 101 }), "BAD_REQUEST", /limit/);
    await expectAppError(listIncidents(lead, { status: "DONE" as never }), "BAD_REQUEST", /status/);
    await expectAppError(listIncidents(lead, { drills: "maybe" as never }), "BAD_REQUEST", /drills/);
    await expectAppError(listIncidents(lead, { lead: "someone" }), "BAD_REQUEST", /lead/);
    await expectAppError(listIncidents(lead, { q: "x".repeat(201) }), "BAD_REQUEST", /q/);
  });
});
