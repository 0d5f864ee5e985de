import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addTask } from "@/lib/incidents/add-task";
import type { TTransitionInput } from "@/lib/incidents/schemas";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { declareAs, eventsOf, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const move = (user: SessionUser, incidentId: string, input: TTransitionInput) => transitionIncident(user, actorFor(user), incidentId, input);

async function finishTasks(user: SessionUser, incidentId: string, where: { evidencePreservation?: boolean } = {}) {
  const tasks = await db.incidentTask.findMany({ where: { incidentId, state: "OPEN", ...where }, select: { id: true } });
  for (const task of tasks) await updateTask(user, actorFor(user), incidentId, task.id, { action: "complete" });
}

function keyTimes(incidentId: string) {
  return db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { status: true, containedAt: true, resolvedAt: true, closedAt: true, version: true } });
}

// A failed move leaves the incident exactly as it was: no status, no event, no audit entry.
async function expectRefused(user: SessionUser, incidentId: string, input: TTransitionInput, message: RegExp | string) {
  const before = await recordOf(incidentId);
  const error = await expectAppError(move(user, incidentId, input), "CONFLICT", message);
  expect(await recordOf(incidentId)).toEqual(before);
  return error;
}

describe("transitionIncident", () => {
  it("advances TRIAGE → INVESTIGATING with a key status_changed event and an audit entry", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    expect(await move(lead, id, { to: "INVESTIGATING" })).toEqual({ status: "INVESTIGATING", kind: "advance" });
    expect(await keyTimes(id)).toMatchObject({ status: "INVESTIGATING", version: 2, containedAt: null });
    const { event, audit } = await expectRecorded(id, "status_changed", lead);
    expect(event).toMatchObject({ isKey: true, data: { from: "TRIAGE", to: "INVESTIGATING", kind: "advance" } });
    expect(audit.data).toEqual({ from: "TRIAGE", to: "INVESTIGATING", kind: "advance" });
  });

  it("blocks CONTAINED until the evidence-preservation tasks are done or waived, naming them", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV1" });
    await move(lead, id, { to: "INVESTIGATING" });

    const error = await expectRefused(lead, id, { to: "CONTAINED" }, "Contained needs the evidence-preservation tasks done or waived with a reason: Snapshot the node's disk, Collect pod and node logs");
    expect(error.details?.reasons).toHaveLength(1);

    const tasks = await db.incidentTask.findMany({ where: { incidentId: id, evidencePreservation: true }, select: { id: true, templateKey: true } });
    const snapshot = tasks.find((t) => t.templateKey === "snapshot-node-disk")!;
    const logs = tasks.find((t) => t.templateKey === "collect-logs")!;
    await updateTask(lead, actorFor(lead), id, snapshot.id, { action: "complete" });
    const still = await expectRefused(lead, id, { to: "CONTAINED" }, /: Collect pod and node logs$/);
    expect(still.message).not.toMatch(/Snapshot/);

    await updateTask(lead, actorFor(lead), id, logs.id, { action: "waive", reason: "Logs were shipped to the SIEM before the alert" });
    const before = Date.now();
    expect(await move(lead, id, { to: "CONTAINED" })).toEqual({ status: "CONTAINED", kind: "advance" });
    const times = await keyTimes(id);
    expect(times.status).toBe("CONTAINED");
    expect(times.containedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(times.containedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Other runbook tasks (quarantine, legal, …) do not hold containment up.
    expect(await db.incidentTask.count({ where: { incidentId: id, state: "OPEN" } })).toBe(6);
  });

  it("needs a reason to move back, and clears the key times of the phases undone", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    await finishTasks(lead, id, { evidencePreservation: true });
    for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED"] as const) await move(lead, id, { to });
    const recovered = await keyTimes(id);
    expect(recovered.containedAt).not.toBeNull();
    expect(recovered.resolvedAt).not.toBeNull();

    await expectRefused(lead, id, { to: "CONTAINED" }, "Moving back from Recovered to Contained needs a reason: say what did not hold, e.g. why containment failed.");
    await expectRefused(lead, id, { to: "CONTAINED", reason: "   " }, /needs a reason/);

    const reason = "The attacker came back through a second service account";
    expect(await move(lead, id, { to: "CONTAINED", reason })).toEqual({ status: "CONTAINED", kind: "revert" });
    const reverted = await keyTimes(id);
    expect(reverted.containedAt).toEqual(recovered.containedAt);
    expect(reverted.resolvedAt).toBeNull();
    const { data } = await expectRecorded(id, "status_changed", lead);
    expect(data).toEqual({ from: "RECOVERED", to: "CONTAINED", kind: "revert", reason });

    await move(lead, id, { to: "INVESTIGATING", reason: "Containment did not hold" });
    expect(await keyTimes(id)).toMatchObject({ status: "INVESTIGATING", containedAt: null, resolvedAt: null, closedAt: null });
  });

  it("closes a finished incident, stamping closedAt, and reopens only with a reason, clearing the times", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    await finishTasks(lead, id);
    for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED"] as const) await move(lead, id, { to });

    const extra = await addTask(lead, actorFor(lead), id, { title: "Rotate the leaked token" });
    await expectRefused(lead, id, { to: "CLOSED" }, "1 task is still open: finish or waive it before closing.");
    await updateTask(lead, actorFor(lead), id, extra.id, { action: "waive", reason: "Token already expired" });

    expect(await move(lead, id, { to: "CLOSED" })).toEqual({ status: "CLOSED", kind: "advance" });
    const closed = await keyTimes(id);
    expect(closed.closedAt).not.toBeNull();
    expect(closed.closedAt!.getTime()).toBeGreaterThanOrEqual(closed.resolvedAt!.getTime());

    await expectRefused(lead, id, { to: "INVESTIGATING" }, "Reopening a closed incident needs a reason: say what new information came to light.");
    await expectRefused(lead, id, { to: "CONTAINED", reason: "New logs" }, "A closed incident reopens into Investigating: reopen it first, then move it on from there.");
    const reason = "The same miner reappeared on another node";
    expect(await move(lead, id, { to: "INVESTIGATING", reason })).toEqual({ status: "INVESTIGATING", kind: "reopen" });
    expect(await keyTimes(id)).toMatchObject({ status: "INVESTIGATING", containedAt: null, resolvedAt: null, closedAt: null });
    const statusEvents = await eventsOf(id, "status_changed");
    expect(statusEvents.map((e) => (e.data as { to: string }).to)).toEqual(["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "CLOSED", "INVESTIGATING"]);
    expect(statusEvents.at(-1)!.data).toEqual({ from: "CLOSED", to: "INVESTIGATING", kind: "reopen", reason });
  });

  it("dismisses from triage as a false positive only with a reason", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV2" });
    await expectRefused(lead, id, { to: "CLOSED" }, "Closing from Triage as a false positive needs a reason: say why this is not an incident.");
    const reason = "Duplicate of an incident already open";
    expect(await move(lead, id, { to: "CLOSED", reason })).toEqual({ status: "CLOSED", kind: "dismiss" });
    const closed = await keyTimes(id);
    expect(closed.closedAt).not.toBeNull();
    expect(closed.containedAt).toBeNull();
    const { data } = await expectRecorded(id, "status_changed", lead);
    expect(data).toEqual({ from: "TRIAGE", to: "CLOSED", kind: "dismiss", reason });
    // Open runbook tasks don't block a dismissal: there was nothing to do.
    expect(await db.incidentTask.count({ where: { incidentId: id, state: "OPEN" } })).toBeGreaterThan(0);
  });

  it("refuses moves the workflow does not have, explaining what to do instead, and writes nothing", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    await expectRefused(lead, id, { to: "CONTAINED" }, "Phases can't be skipped: move to Investigating first.");
    await expectRefused(lead, id, { to: "TRIAGE" }, "The incident is already Triage");
    await move(lead, id, { to: "INVESTIGATING" });
    await expectRefused(lead, id, { to: "TRIAGE", reason: "Oops" }, "An incident can't go back to Triage once it has been triaged: move it back to Investigating instead.");
    await expectRefused(lead, id, { to: "RECOVERED" }, "Phases can't be skipped: move to Contained first.");
    await finishTasks(lead, id, { evidencePreservation: true });
    await move(lead, id, { to: "CONTAINED" });
    await expectRefused(lead, id, { to: "CLOSED", reason: "False positive after all" }, /^Once contained, an incident closes only after recovery, even if it was a false positive: move to Eradicated first\.$/);
  });

  it("refuses an unknown status or an over-long reason as bad input", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const before = await recordOf(id);
    const error = await expectAppError(move(lead, id, { to: "DONE" as never }), "BAD_REQUEST", /Status must be one of TRIAGE, INVESTIGATING/);
    expect(error.details?.fields).toHaveProperty("to");
    await expectAppError(move(lead, id, { to: "CLOSED", reason: "x".repeat(1001) }), "BAD_REQUEST", /reason/);
    expect(await recordOf(id)).toEqual(before);
  });

  it("says not found for an unknown or malformed incident id", async () => {
    const lead = await makeUser("LEAD");
    await expectAppError(move(lead, "00000000-0000-4000-8000-000000000000", { to: "INVESTIGATING" }), "NOT_FOUND", "Incident not found");
    await expectAppError(move(lead, "INC-1000", { to: "INVESTIGATING" }), "NOT_FOUND", "Incident not found");
  });
});
