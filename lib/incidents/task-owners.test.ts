// Tasks have an owner and a due time, set at creation and changed later;
// only people who work incidents can own a task or hold a role.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareAs, eventsOf, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { addTask } from "./add-task";
import { assignRole } from "./assign-role";
import { declareIncident } from "./declare-incident";
import { updateTask } from "./update-task";

describe("task owners and due times", () => {
  it("reschedules a task and clears its due time, each on the record", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    const task = await addTask(lead, actorFor(lead), id, { title: "Rotate the CI token" });
    await updateTask(lead, actorFor(lead), id, task.id, { action: "schedule", dueAt: "2026-12-05T08:00:00+01:00" });
    expect((await db.incidentTask.findUniqueOrThrow({ where: { id: task.id }, select: { dueAt: true } })).dueAt?.toISOString()).toBe("2026-12-05T07:00:00.000Z");
    await updateTask(lead, actorFor(lead), id, task.id, { action: "schedule", dueAt: null });
    expect((await db.incidentTask.findUniqueOrThrow({ where: { id: task.id }, select: { dueAt: true } })).dueAt).toBeNull();
    expect((await eventsOf(id, "task_rescheduled")).map((event) => (event.data as { dueAt: unknown }).dueAt)).toEqual(["2026-12-05T07:00:00.000Z", null]);
    await expectAppError(updateTask(lead, actorFor(lead), id, task.id, { action: "schedule", dueAt: "tomorrow" } as never), "BAD_REQUEST", /ISO 8601/);
  });

  it("offers tasks, roles and the lead only to people who work incidents", async () => {
    const lead = await makeUser("LEAD");
    const executive = await makeUser("EXECUTIVE");
    const auditor = await makeUser("AUDITOR");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    const task = await addTask(lead, actorFor(lead), id, { title: "Brief the board" });
    const before = await recordOf(id);
    await expectAppError(addTask(lead, actorFor(lead), id, { title: "Sign off", assigneeId: executive.id }), "BAD_REQUEST", /Executives and auditors read incidents/);
    await expectAppError(updateTask(lead, actorFor(lead), id, task.id, { action: "assign", assigneeId: auditor.id }), "BAD_REQUEST", /Executives and auditors read incidents/);
    await expectAppError(assignRole(lead, actorFor(lead), id, { kind: "COMMS", userId: executive.id }), "BAD_REQUEST", /cannot hold an incident role/);
    await expectAppError(assignRole(lead, actorFor(lead), id, { kind: "LEAD", userId: auditor.id }), "BAD_REQUEST", /cannot hold an incident role/);
    expect(await recordOf(id)).toEqual(before);
    await expectAppError(declareIncident(lead, actorFor(lead), { title: "Led by the CFO", severity: "SEV4", category: "other", leadId: executive.id }), "BAD_REQUEST", /cannot lead an incident/);
  });
});
