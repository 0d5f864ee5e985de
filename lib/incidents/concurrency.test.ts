import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { addNote } from "@/lib/incidents/add-note";
import { assignRole } from "@/lib/incidents/assign-role";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { auditsOf, declareAs, eventsOf, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

// Exactly one of the settled promises failed, with a CONFLICT AppError.
function oneWonOneConflicted(results: PromiseSettledResult<unknown>[]) {
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(fulfilled).toHaveLength(1);
  expect(rejected).toHaveLength(1);
  expect(rejected[0]!.reason).toBeInstanceOf(AppError);
  expect((rejected[0]!.reason as AppError).code).toBe("CONFLICT");
  return { winner: results.findIndex((r) => r.status === "fulfilled"), error: rejected[0]!.reason as AppError };
}

// An incident in INVESTIGATING whose evidence tasks are done, with two leads
// on it (the incident lead and a deputy) ready to move it.
async function investigating() {
  const lead = await makeUser("LEAD");
  const deputy = await makeUser("LEAD");
  const { id } = await declareAs(lead, { severity: "SEV4" });
  await assignRole(lead, actorFor(lead), id, { kind: "DEPUTY", userId: deputy.id });
  const evidence = await db.incidentTask.findMany({ where: { incidentId: id, evidencePreservation: true }, select: { id: true } });
  for (const task of evidence) await updateTask(lead, actorFor(lead), id, task.id, { action: "complete" });
  await transitionIncident(lead, actorFor(lead), id, { to: "INVESTIGATING" });
  return { id, lead, deputy };
}

const fromInvestigating = async (id: string) => (await eventsOf(id, "status_changed")).filter((e) => (e.data as { from: string }).from === "INVESTIGATING");

describe("concurrent changes to one incident", () => {
  it("two leads making the same move at once: one succeeds, the other is told, one event", async () => {
    const { id, lead, deputy } = await investigating();
    const { version } = await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const results = await Promise.allSettled([
      transitionIncident(lead, actorFor(lead), id, { to: "CONTAINED" }),
      transitionIncident(deputy, actorFor(deputy), id, { to: "CONTAINED" }),
    ]);
    const { error } = oneWonOneConflicted(results);
    expect(error.message).toBe("The incident is already Contained");
    const after = await db.incident.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    expect(after).toEqual({ status: "CONTAINED", version: version + 1 });
    expect(await fromInvestigating(id)).toHaveLength(1);
    expect((await auditsOf(id, "incident.status_changed")).filter((a) => (a.data as { to: string }).to === "CONTAINED")).toHaveLength(1);
  });

  it("advance against dismiss at once: exactly one status change lands, the other conflicts", async () => {
    const { id, lead, deputy } = await investigating();
    const results = await Promise.allSettled([
      transitionIncident(lead, actorFor(lead), id, { to: "CONTAINED" }),
      transitionIncident(deputy, actorFor(deputy), id, { to: "CLOSED", reason: "False positive: a pentest we had forgotten" }),
    ]);
    const { winner } = oneWonOneConflicted(results);
    const { status } = await db.incident.findUniqueOrThrow({ where: { id }, select: { status: true } });
    expect(status).toBe(winner === 0 ? "CONTAINED" : "CLOSED");
    const changes = await fromInvestigating(id);
    expect(changes).toHaveLength(1);
    expect((changes[0]!.data as { to: string }).to).toBe(status);
    expect(changes[0]!.actorId).toBe(winner === 0 ? lead.id : deputy.id);
  });

  it("a stale expectedVersion is a conflict and nothing is half-written", async () => {
    const { id, lead } = await investigating();
    const seen = (await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    await addNote(lead, actorFor(lead), id, { body: "Notes don't bump the version" });
    await updateIncident(lead, actorFor(lead), id, { summary: "Someone else edits first", expectedVersion: seen });
    const before = await recordOf(id);

    const stale = /Someone else changed this incident a moment ago/;
    await expectAppError(updateIncident(lead, actorFor(lead), id, { title: "My stale edit", severity: "SEV1", expectedVersion: seen }), "CONFLICT", stale);
    await expectAppError(transitionIncident(lead, actorFor(lead), id, { to: "CONTAINED", expectedVersion: seen }), "CONFLICT", stale);
    const after = await recordOf(id);
    expect(after).toEqual(before);
    expect(after.incident).toMatchObject({ severityKey: "SEV4", status: "INVESTIGATING", version: seen + 1 });

    expect(await transitionIncident(lead, actorFor(lead), id, { to: "CONTAINED", expectedVersion: seen + 1 })).toMatchObject({ status: "CONTAINED" });
  });

  it("two edits from the same version: one lands, the other conflicts instead of overwriting", async () => {
    const { id, lead, deputy } = await investigating();
    const { version } = await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const results = await Promise.allSettled([
      updateIncident(lead, actorFor(lead), id, { title: "Lead's title", expectedVersion: version }),
      updateIncident(deputy, actorFor(deputy), id, { title: "Deputy's title", expectedVersion: version }),
    ]);
    const { winner } = oneWonOneConflicted(results);
    const { title } = await db.incident.findUniqueOrThrow({ where: { id }, select: { title: true } });
    expect(title).toBe(winner === 0 ? "Lead's title" : "Deputy's title");
    expect(await eventsOf(id, "fields_changed")).toHaveLength(1);
  });

  it("two people taking the lead at once leave exactly one lead, matching the incident", async () => {
    const lead = await makeUser("LEAD");
    const [a, b] = await Promise.all([makeUser("LEAD"), makeUser("LEAD")]);
    const { id } = await declareAs(lead);
    await Promise.all([
      assignRole(lead, actorFor(lead), id, { kind: "LEAD", userId: a.id }),
      assignRole(lead, actorFor(lead), id, { kind: "LEAD", userId: b.id }),
    ]);
    const active = await db.incidentRole.findMany({ where: { incidentId: id, kind: "LEAD", releasedAt: null }, select: { userId: true } });
    expect(active).toHaveLength(1);
    const { leadId } = await db.incident.findUniqueOrThrow({ where: { id }, select: { leadId: true } });
    expect(leadId).toBe(active[0]!.userId);
    expect(await db.incidentRole.count({ where: { incidentId: id, kind: "LEAD" } })).toBe(3);
    expect(await eventsOf(id, "lead_handed_over")).toHaveLength(2);
  });

  it("two first acknowledgements at once: one is first, the other conflicts", async () => {
    const lead = await makeUser("LEAD");
    const [x, y] = await Promise.all([makeUser("RESPONDER"), makeUser("RESPONDER")]);
    const { id } = await declareAs(lead);
    const results = await Promise.allSettled([acknowledgeIncident(x, actorFor(x), id), acknowledgeIncident(y, actorFor(y), id)]);
    const { error } = oneWonOneConflicted(results);
    expect(error.message).toBe("Already acknowledged");
    const events = await eventsOf(id, "acknowledged");
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({ firstAcknowledgement: true });
  });

  it("many notes at once all land, each with its event and audit entry", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const bodies = Array.from({ length: 8 }, (_, i) => `Observation ${i}`);
    await Promise.all(bodies.map((body) => addNote(lead, actorFor(lead), id, { body })));
    const notes = await eventsOf(id, "note");
    expect(notes.map((n) => n.body).sort()).toEqual(bodies);
    expect(await auditsOf(id, "incident.note")).toHaveLength(8);
  });

  it("incidents declared at once get distinct numbers", async () => {
    const lead = await makeUser("LEAD");
    const created = await Promise.all(Array.from({ length: 6 }, () => declareAs(lead)));
    expect(new Set(created.map((c) => c.number)).size).toBe(6);
  });
});
