import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { addNote } from "@/lib/incidents/add-note";
import { addParticipant } from "@/lib/incidents/add-participant";
import { addTask } from "@/lib/incidents/add-task";
import { assignRole } from "@/lib/incidents/assign-role";
import { correctKeyTime } from "@/lib/incidents/correct-key-time";
import { getIncident } from "@/lib/incidents/get-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { listTimeline } from "@/lib/incidents/list-timeline";
import { markKeyEvent } from "@/lib/incidents/mark-key-event";
import { releaseRole } from "@/lib/incidents/release-role";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { setUserActive } from "@/lib/users/set-user-active";
import { declareAs, expectAppError, expectRecorded, recordOf, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const ACCOUNT_ROLES = ["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"] as const;
const SEE_EVERYTHING = new Set<string>(["ADMIN", "AUDITOR"]);
const PARTICIPANT_ROLES = ["LEAD", "RESPONDER", "EXECUTIVE"] as const;

// A restricted incident and an unrestricted twin that share a word no other
// test uses, so a search shows both to insiders and only the twin to others.
async function restrictedSetup() {
  const owner = await makeUser("LEAD");
  const word = uniqueWord("secret");
  const secret = await declareAs(owner, { title: `${word} leaked signing key`, summary: `Known only to the ${word}-insiders`, restricted: true, severity: "SEV2" });
  const twin = await declareAs(owner, { title: `${word} public twin`, severity: "SEV3" });
  return { owner, word, secret, twin };
}

type Setup = Awaited<ReturnType<typeof restrictedSetup>>;

// Whether the user can find the incident in each way Cordon offers. Reads
// that fail must fail as "not found", never as "forbidden".
async function reach(user: SessionUser, { owner, word, secret }: Setup) {
  const has = (result: { incidents: { id: string }[] }) => result.incidents.some((incident) => incident.id === secret.id);
  const readable = async (read: () => Promise<unknown>) => {
    try {
      await read();
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
      return false;
    }
  };
  const board = await listIncidents(user, { q: word, status: "all" });
  return {
    list: has(board),
    listCount: board.incidents.length,
    byLead: has(await listIncidents(user, { lead: owner.id })),
    byReference: has(await listIncidents(user, { q: secret.reference, limit: 100 })),
    byNumber: has(await listIncidents(user, { q: String(secret.number), limit: 100 })),
    byText: has(await listIncidents(user, { q: `${word.toUpperCase()}-INSIDERS` })),
    get: await readable(() => getIncident(user, secret.id)),
    timeline: await readable(() => listTimeline(user, secret.id, {})),
  };
}

function seen(visible: boolean) {
  return { list: visible, listCount: visible ? 2 : 1, byLead: visible, byReference: visible, byNumber: visible, byText: visible, get: visible, timeline: visible };
}

describe("restricted incidents", () => {
  it.each(ACCOUNT_ROLES)("non-participant with account role %s: sees it only if that role sees everything", async (role) => {
    const setup = await restrictedSetup();
    const user = await makeUser(role);
    const visible = SEE_EVERYTHING.has(role);
    expect(await reach(user, setup)).toEqual(seen(visible));

    if (visible) {
      expect((await getIncident(user, setup.secret.id)).isParticipant).toBe(false);
    } else {
      const before = await recordOf(setup.secret.id);
      const error = await expectAppError(addNote(user, actorFor(user), setup.secret.id, { body: "Peeking" }), "NOT_FOUND", "Incident not found");
      expect(error.message).not.toMatch(/forbid|restricted|permission/i);
      expect(await recordOf(setup.secret.id)).toEqual(before);
    }
    // The unrestricted twin is there for everyone: the checks above are not vacuous.
    expect((await getIncident(user, setup.twin.id)).id).toBe(setup.twin.id);
  });

  it.each(PARTICIPANT_ROLES)("account role %s added as a participant by the lead: sees it everywhere", async (role) => {
    const setup = await restrictedSetup();
    const user = await makeUser(role);
    expect(await reach(user, setup)).toEqual(seen(false));

    expect(await addParticipant(setup.owner, actorFor(setup.owner), setup.secret.id, { userId: user.id })).toEqual({ userId: user.id });
    expect(await reach(user, setup)).toEqual(seen(true));
    expect((await getIncident(user, setup.secret.id)).isParticipant).toBe(true);
    const { data } = await expectRecorded(setup.secret.id, "participant_added", setup.owner);
    expect(data).toEqual({ user: { id: user.id, name: user.name } });
    await addNote(user, actorFor(user), setup.secret.id, { body: "Now I can help" });
  });

  // Executives read incidents; they are participants, never role holders.
  it.each(["LEAD", "RESPONDER"] as const)("account role %s given an incident role: sees it", async (role) => {
    const setup = await restrictedSetup();
    const user = await makeUser(role);
    await assignRole(setup.owner, actorFor(setup.owner), setup.secret.id, { kind: "COMMS", userId: user.id });
    expect(await reach(user, setup)).toEqual(seen(true));
  });

  it("the declarer who named someone else as lead still sees it, and so does that lead", async () => {
    const declarer = await makeUser("RESPONDER");
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("RESPONDER");
    const { id } = await declareAs(declarer, { restricted: true, leadId: lead.id });
    expect((await getIncident(declarer, id)).id).toBe(id);
    expect((await getIncident(lead, id)).id).toBe(id);
    await expectAppError(getIncident(outsider, id), "NOT_FOUND");
    expect((await listIncidents(lead, { mine: "true" })).incidents.map((i) => i.id)).toEqual([id]);
    expect((await listIncidents(outsider, { lead: lead.id })).incidents).toEqual([]);
  });

  it("every change by someone who can't see it is 'not found', and writes nothing", async () => {
    const { owner, secret } = await restrictedSetup();
    const outsider = await makeUser("LEAD");
    const actor = actorFor(outsider);
    const task = await db.incidentTask.findFirstOrThrow({ where: { incidentId: secret.id }, select: { id: true } });
    const event = await db.timelineEvent.findFirstOrThrow({ where: { incidentId: secret.id }, select: { id: true } });
    const attempts: [string, () => Promise<unknown>][] = [
      ["addNote", () => addNote(outsider, actor, secret.id, { body: "hi" })],
      ["transition", () => transitionIncident(outsider, actor, secret.id, { to: "INVESTIGATING" })],
      ["update", () => updateIncident(outsider, actor, secret.id, { title: "Hijacked" })],
      ["update restricted", () => updateIncident(outsider, actor, secret.id, { restricted: false })],
      ["assignRole", () => assignRole(outsider, actor, secret.id, { kind: "LEAD", userId: outsider.id })],
      ["releaseRole", () => releaseRole(outsider, actor, secret.id, { kind: "LEAD", userId: owner.id })],
      ["acknowledge", () => acknowledgeIncident(outsider, actor, secret.id)],
      ["addTask", () => addTask(outsider, actor, secret.id, { title: "Sneaky" })],
      ["updateTask", () => updateTask(outsider, actor, secret.id, task.id, { action: "complete" })],
      ["markKeyEvent", () => markKeyEvent(outsider, actor, secret.id, event.id, true)],
      ["correctKeyTime", () => correctKeyTime(outsider, actor, secret.id, { field: "detectedAt", at: "2026-01-01T00:00:00Z", reason: "x" })],
      ["addParticipant", () => addParticipant(outsider, actor, secret.id, { userId: outsider.id })],
    ];
    const before = await recordOf(secret.id);
    for (const [name, attempt] of attempts) {
      const error = await attempt().then(
        () => new Error(`${name} succeeded`),
        (reason: unknown) => reason,
      );
      expect(error, name).toBeInstanceOf(AppError);
      expect({ name, code: (error as AppError).code }).toEqual({ name, code: "NOT_FOUND" });
    }
    expect(await recordOf(secret.id)).toEqual(before);
  });

  it("only the lead or an administrator adds participants; others who take part are forbidden", async () => {
    const { owner, secret } = await restrictedSetup();
    const scribe = await makeUser("RESPONDER");
    const deputy = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const auditor = await makeUser("AUDITOR");
    const newcomer = await makeUser("EXECUTIVE");
    await assignRole(owner, actorFor(owner), secret.id, { kind: "SCRIBE", userId: scribe.id });
    await assignRole(owner, actorFor(owner), secret.id, { kind: "DEPUTY", userId: deputy.id });

    const before = await recordOf(secret.id);
    for (const user of [scribe, deputy, auditor]) {
      await expectAppError(addParticipant(user, actorFor(user), secret.id, { userId: newcomer.id }), "FORBIDDEN", "Only the incident lead or an administrator adds participants");
    }
    expect(await recordOf(secret.id)).toEqual(before);
    await expectAppError(getIncident(newcomer, secret.id), "NOT_FOUND");

    await addParticipant(admin, actorFor(admin), secret.id, { userId: newcomer.id });
    expect((await getIncident(newcomer, secret.id)).isParticipant).toBe(true);
    await expectRecorded(secret.id, "participant_added", admin);
  });

  it("after a handover only the new lead adds participants", async () => {
    const { owner, secret } = await restrictedSetup();
    const next = await makeUser("LEAD");
    const guest = await makeUser("RESPONDER");
    await assignRole(owner, actorFor(owner), secret.id, { kind: "LEAD", userId: next.id });
    await expectAppError(addParticipant(owner, actorFor(owner), secret.id, { userId: guest.id }), "FORBIDDEN");
    await addParticipant(next, actorFor(next), secret.id, { userId: guest.id });
    expect((await getIncident(guest, secret.id)).id).toBe(secret.id);
  });

  it("refuses to add a deactivated or unknown person", async () => {
    const { owner, secret } = await restrictedSetup();
    const gone = await makeUser("RESPONDER");
    await setUserActive(SYSTEM_ACTOR, { userId: gone.id, active: false });
    const before = await recordOf(secret.id);
    const error = await expectAppError(addParticipant(owner, actorFor(owner), secret.id, { userId: gone.id }), "BAD_REQUEST", "Not an active user");
    expect(error.details?.fields).toHaveProperty("userId");
    await expectAppError(addParticipant(owner, actorFor(owner), secret.id, { userId: randomUUID() }), "BAD_REQUEST", "Not an active user");
    await expectAppError(addParticipant(owner, actorFor(owner), secret.id, { userId: "bob" }), "BAD_REQUEST", /userId/);
    expect(await recordOf(secret.id)).toEqual(before);
  });

  it("restricting an incident hides it from everyone not taking part; lifting it shows it again", async () => {
    const setup = await restrictedSetup();
    const outsider = await makeUser("EXECUTIVE");
    await updateIncident(setup.owner, actorFor(setup.owner), setup.secret.id, { restricted: false });
    expect(await reach(outsider, setup)).toEqual(seen(true));
    await updateIncident(setup.owner, actorFor(setup.owner), setup.secret.id, { restricted: true });
    expect(await reach(outsider, setup)).toEqual(seen(false));
    const { data } = await expectRecorded(setup.secret.id, "fields_changed", setup.owner);
    expect(data).toEqual({ changes: { restricted: { from: false, to: true } } });
  });
});

describe("participants in the incident's payload", () => {
  it("names them, in the order they joined, to whoever sees the incident and to nobody else", async () => {
    const setup = await restrictedSetup();
    const { owner, secret } = setup;
    const forensics = await makeUser("RESPONDER");
    const guest = await makeUser("EXECUTIVE");
    const outsider = await makeUser("LEAD");
    const auditor = await makeUser("AUDITOR");
    await assignRole(owner, actorFor(owner), secret.id, { kind: "FORENSICS", userId: forensics.id });
    await addParticipant(owner, actorFor(owner), secret.id, { userId: guest.id });

    const expected = [owner, forensics, guest].map((user) => ({ userId: user.id, name: user.name, active: true, addedAt: expect.any(Date) }));
    for (const viewer of [owner, forensics, guest, auditor]) {
      const incident = await getIncident(viewer, secret.id);
      expect(incident.participants, viewer.role).toEqual(expected);
      expect(incident.leadId).toBe(owner.id);
    }
    const joined = (await getIncident(owner, secret.id)).participants.map((p) => p.addedAt.getTime());
    expect(joined).toEqual([...joined].sort((a, b) => a - b));
    expect((await getIncident(auditor, secret.id)).isParticipant).toBe(false);

    // Someone who may not see it learns nothing, not even that it exists.
    const error = await expectAppError(getIncident(outsider, secret.id), "NOT_FOUND", "Incident not found");
    expect(JSON.stringify(error)).not.toContain(guest.name);
    expect(error.details).toBeUndefined();
  });

  it("keeps a deactivated participant on the list, marked inactive", async () => {
    const { owner, secret } = await restrictedSetup();
    const leaver = await makeUser("RESPONDER");
    await addParticipant(owner, actorFor(owner), secret.id, { userId: leaver.id });
    await setUserActive(SYSTEM_ACTOR, { userId: leaver.id, active: false });
    expect((await getIncident(owner, secret.id)).participants.map(({ userId, active }) => ({ userId, active }))).toEqual([
      { userId: owner.id, active: true },
      { userId: leaver.id, active: false },
    ]);
  });
});
