import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addNote } from "@/lib/incidents/add-note";
import { addTask } from "@/lib/incidents/add-task";
import { correctKeyTime } from "@/lib/incidents/correct-key-time";
import { listTimeline } from "@/lib/incidents/list-timeline";
import { markKeyEvent } from "@/lib/incidents/mark-key-event";
import { updateTask } from "@/lib/incidents/update-task";
import { setUserActive } from "@/lib/users/set-user-active";
import { auditsOf, declareAs, eventsOf, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

// Runs the operation only after taking the snapshot, so it can't race it.
async function expectNothingWritten(incidentId: string, operation: () => Promise<unknown>, code: "BAD_REQUEST" | "CONFLICT" | "NOT_FOUND", message: RegExp | string) {
  const before = await recordOf(incidentId);
  const error = await expectAppError(operation(), code, message);
  expect(await recordOf(incidentId)).toEqual(before);
  return error;
}

const note = (user: SessionUser, incidentId: string, body: string, isKey?: boolean) => addNote(user, actorFor(user), incidentId, { body, isKey });

describe("addNote", () => {
  it("adds a note to the timeline with an audit entry that records its length, not its text", async () => {
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(responder);
    const body = "Saw outbound traffic to a mining pool from `checkout-7d9f`.";
    const { id: eventId } = await note(responder, id, body);
    const { event, audit } = await expectRecorded(id, "note", responder);
    expect(event).toMatchObject({ id: BigInt(eventId), body, isKey: false });
    expect(audit.data).toEqual({ bodyLength: body.length });

    await note(responder, id, "Decision: isolate, don't delete", true);
    expect((await eventsOf(id, "note")).map((e) => e.isKey)).toEqual([false, true]);
  });

  it("stores HTML and script in notes verbatim, as text; rendering safely is the UI's job", async () => {
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(responder);
    const body = `<script>alert("xss")</script> <img src=x onerror="alert(1)"> **bold** & 'quotes' \u202e ${"`"}rm -rf /${"`"}`;
    const { id: eventId } = await note(responder, id, body);
    const stored = await db.timelineEvent.findUniqueOrThrow({ where: { id: BigInt(eventId) }, select: { body: true } });
    expect(stored.body).toBe(body);
    const { events } = await listTimeline(responder, id, { type: "note" });
    expect(events[0]!.body).toBe(body);
  });

  it("refuses an over-long or empty note with the field named, and writes nothing", async () => {
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(responder);
    const error = await expectNothingWritten(id, () => note(responder, id, "n".repeat(20_001)), "BAD_REQUEST", /body: Notes are limited to 20000 characters/);
    expect(error.details?.fields).toEqual({ body: ["Notes are limited to 20000 characters"] });
    await expectNothingWritten(id, () => note(responder, id, "  \n\t "), "BAD_REQUEST", /body: Write something first/);
    await note(responder, id, "n".repeat(20_000));
    expect((await eventsOf(id, "note"))[0]!.body).toHaveLength(20_000);
  });

  it("says not found for an unknown or malformed incident id", async () => {
    const responder = await makeUser("RESPONDER");
    await expectAppError(note(responder, randomUUID(), "hello"), "NOT_FOUND", "Incident not found");
    await expectAppError(note(responder, "INC-1001", "hello"), "NOT_FOUND", "Incident not found");
  });
});

describe("tasks", () => {
  it("adds a task after the runbook's, with a task_added event and an audit entry", async () => {
    const lead = await makeUser("LEAD");
    const assignee = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    const dueAt = "2026-12-01T09:00:00Z";
    const task = await addTask(lead, actorFor(lead), id, { title: "  Rotate the CI token  ", description: "All runners", assigneeId: assignee.id, dueAt });
    expect(task).toMatchObject({ title: "Rotate the CI token", position: 3 });
    const stored = await db.incidentTask.findUniqueOrThrow({ where: { id: task.id }, select: { assigneeId: true, dueAt: true, state: true, templateKey: true, description: true } });
    expect(stored).toEqual({ assigneeId: assignee.id, dueAt: new Date(dueAt), state: "OPEN", templateKey: null, description: "All runners" });
    const { data } = await expectRecorded(id, "task_added", lead);
    expect(data).toEqual({ taskId: task.id, title: "Rotate the CI token", assigneeId: assignee.id, dueAt: new Date(dueAt).toISOString() });
  });

  it("refuses a deactivated assignee or bad input, writing nothing", async () => {
    const lead = await makeUser("LEAD");
    const gone = await makeUser("RESPONDER");
    await setUserActive(SYSTEM_ACTOR, { userId: gone.id, active: false });
    const { id } = await declareAs(lead);
    const error = await expectNothingWritten(id, () => addTask(lead, actorFor(lead), id, { title: "Ask them", assigneeId: gone.id }), "BAD_REQUEST", "The assignee is not an active user");
    expect(error.details?.fields).toHaveProperty("assigneeId");
    await expectNothingWritten(id, () => addTask(lead, actorFor(lead), id, { title: "t".repeat(201) }), "BAD_REQUEST", /title/);
    await expectNothingWritten(id, () => addTask(lead, actorFor(lead), id, { title: " " }), "BAD_REQUEST", /Give the task a title/);
    await expectNothingWritten(id, () => addTask(lead, actorFor(lead), id, { title: "Soon", dueAt: "tomorrow" }), "BAD_REQUEST", /dueAt/);
  });

  it("completes, reopens, waives with a reason and assigns, each on the record", async () => {
    const lead = await makeUser("LEAD");
    const helper = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    const task = await addTask(lead, actorFor(lead), id, { title: "Check the registry" });
    const act = (input: Parameters<typeof updateTask>[4]) => updateTask(lead, actorFor(lead), id, task.id, input);
    const state = () => db.incidentTask.findUniqueOrThrow({ where: { id: task.id }, select: { state: true, finishedAt: true, finishedById: true, waivedReason: true, assigneeId: true } });

    expect(await act({ action: "complete" })).toEqual({ taskId: task.id, action: "complete" });
    expect(await state()).toMatchObject({ state: "DONE", finishedById: lead.id, finishedAt: expect.any(Date) });
    expect((await expectRecorded(id, "task_completed", lead)).data).toEqual({ taskId: task.id, title: "Check the registry" });
    await expectNothingWritten(id, () => act({ action: "complete" }), "CONFLICT", '"Check the registry" is already done');
    await expectNothingWritten(id, () => act({ action: "waive", reason: "no" }), "CONFLICT", /already done/);

    await act({ action: "reopen" });
    expect(await state()).toMatchObject({ state: "OPEN", finishedAt: null, finishedById: null, waivedReason: null });
    await expectRecorded(id, "task_reopened", lead);
    await expectNothingWritten(id, () => act({ action: "reopen" }), "CONFLICT", '"Check the registry" is already open');

    await expectNothingWritten(id, () => act({ action: "waive" } as never), "BAD_REQUEST", /waive \(with a reason\)|reason/);
    await expectNothingWritten(id, () => act({ action: "waive", reason: "   " }), "BAD_REQUEST", /Give a reason/);
    await act({ action: "waive", reason: "Registry is read-only" });
    expect(await state()).toMatchObject({ state: "WAIVED", waivedReason: "Registry is read-only" });
    expect((await expectRecorded(id, "task_waived", lead)).data).toEqual({ taskId: task.id, title: "Check the registry", reason: "Registry is read-only" });

    await act({ action: "assign", assigneeId: helper.id });
    expect(await state()).toMatchObject({ assigneeId: helper.id });
    expect((await expectRecorded(id, "task_assigned", lead)).data).toEqual({ taskId: task.id, title: "Check the registry", assigneeId: helper.id });
    await act({ action: "assign", assigneeId: null });
    expect(await state()).toMatchObject({ assigneeId: null });
    await expectNothingWritten(id, () => act({ action: "assign", assigneeId: randomUUID() }), "BAD_REQUEST", "The assignee is not an active user");
    await expectNothingWritten(id, () => act({ action: "delete" } as never), "BAD_REQUEST", /action must be complete, reopen, waive/);
  });

  it("marks a task not applicable with a reason, a state of its own on the record, and reopens it", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const task = await addTask(lead, actorFor(lead), id, { title: "Snapshot the EBS volume" });
    const act = (input: Parameters<typeof updateTask>[4]) => updateTask(lead, actorFor(lead), id, task.id, input);
    const state = () => db.incidentTask.findUniqueOrThrow({ where: { id: task.id }, select: { state: true, finishedAt: true, finishedById: true, waivedReason: true } });

    await expectNothingWritten(id, () => act({ action: "not_applicable" } as never), "BAD_REQUEST", /reason/);
    await expectNothingWritten(id, () => act({ action: "not_applicable", reason: "  " }), "BAD_REQUEST", /Give a reason/);
    await act({ action: "not_applicable", reason: "The cluster runs on bare metal: no cloud volumes" });
    expect(await state()).toMatchObject({ state: "NOT_APPLICABLE", waivedReason: "The cluster runs on bare metal: no cloud volumes", finishedById: lead.id, finishedAt: expect.any(Date) });
    expect((await expectRecorded(id, "task_not_applicable", lead)).data).toEqual({ taskId: task.id, title: "Snapshot the EBS volume", reason: "The cluster runs on bare metal: no cloud volumes" });
    await expectNothingWritten(id, () => act({ action: "waive", reason: "changed my mind" }), "CONFLICT", '"Snapshot the EBS volume" is already not applicable');
    await expectNothingWritten(id, () => act({ action: "not_applicable", reason: "again" }), "CONFLICT", '"Snapshot the EBS volume" is already not applicable');

    await act({ action: "reopen" });
    expect(await state()).toMatchObject({ state: "OPEN", waivedReason: null, finishedAt: null });
  });

  it("says not found for a task of another incident or a malformed task id", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const other = await declareAs(lead);
    const foreign = await db.incidentTask.findFirstOrThrow({ where: { incidentId: other.id }, select: { id: true } });
    await expectNothingWritten(id, () => updateTask(lead, actorFor(lead), id, foreign.id, { action: "complete" }), "NOT_FOUND", "Task not found");
    await expectNothingWritten(id, () => updateTask(lead, actorFor(lead), id, "42", { action: "complete" }), "NOT_FOUND", "Task not found");
    expect(await db.incidentTask.findUniqueOrThrow({ where: { id: foreign.id }, select: { state: true } })).toEqual({ state: "OPEN" });
  });
});

describe("markKeyEvent", () => {
  it("marks and unmarks an event as key, each marking its own record", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const { id: noteId } = await note(lead, id, "Attacker used a leaked kubeconfig");
    const eventId = BigInt(noteId);
    expect(await markKeyEvent(lead, actorFor(lead), id, eventId, true)).toEqual({ eventId: noteId, isKey: true });
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id: eventId }, select: { isKey: true } })).isKey).toBe(true);
    expect((await expectRecorded(id, "key_event_marked", lead)).data).toEqual({ eventId: noteId });
    await markKeyEvent(lead, actorFor(lead), id, eventId, false);
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id: eventId }, select: { isKey: true, body: true } }))).toEqual({ isKey: false, body: "Attacker used a leaked kubeconfig" });
    await expectRecorded(id, "key_event_unmarked", lead);
  });

  it("says not found for an event of another incident and writes nothing", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const other = await declareAs(lead);
    const { id: foreignNote } = await note(lead, other.id, "Elsewhere");
    await expectNothingWritten(id, () => markKeyEvent(lead, actorFor(lead), id, BigInt(foreignNote), true), "NOT_FOUND", "Timeline event not found");
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id: BigInt(foreignNote) }, select: { isKey: true } })).isKey).toBe(false);
  });
});

describe("correctKeyTime", () => {
  it("corrects a key time and keeps the old and new values and the reason on the record", async () => {
    const lead = await makeUser("LEAD");
    const detectedAt = "2026-11-20T10:00:00.000Z";
    const { id } = await declareAs(lead, { detectedAt });
    const at = "2026-11-19T22:15:00.000Z";
    const reason = "The node's audit log shows the first shell two hours earlier";
    expect(await correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at, reason })).toEqual({ field: "detectedAt", at: new Date(at) });
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { detectedAt: true, version: true } })).toEqual({ detectedAt: new Date(at), version: 2 });
    const { data, audit } = await expectRecorded(id, "key_time_corrected", lead);
    expect(data).toEqual({ field: "detectedAt", from: detectedAt, to: at, reason });
    expect(audit.data).toEqual(data);

    // Declared and acknowledged that morning too (the order must hold).
    await correctKeyTime(lead, actorFor(lead), id, { field: "declaredAt", at: "2026-11-20T09:00:00Z", reason: "Declared by phone before anyone opened Cordon" });
    await correctKeyTime(lead, actorFor(lead), id, { field: "acknowledgedAt", at: "2026-11-20T10:05:00+01:00", reason: "Acknowledged by phone" });
    expect((await eventsOf(id, "key_time_corrected")).at(-1)!.data).toEqual({ field: "acknowledgedAt", from: null, to: "2026-11-20T09:05:00.000Z", reason: "Acknowledged by phone" });
  });

  it("requires a reason, refuses the future and unknown fields, and writes nothing", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const at = "2026-11-01T00:00:00Z";
    const noReason = await expectNothingWritten(id, () => correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at, reason: "" }), "BAD_REQUEST", /reason: Give a reason/);
    expect(noReason.details?.fields).toHaveProperty("reason");
    await expectNothingWritten(id, () => correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at } as never), "BAD_REQUEST", /reason/);
    const future = new Date(Date.now() + 24 * 60 * 60_000).toISOString();
    const error = await expectNothingWritten(id, () => correctKeyTime(lead, actorFor(lead), id, { field: "containedAt", at: future, reason: "Typo" }), "BAD_REQUEST", "A key time cannot be in the future");
    expect(error.details?.fields).toHaveProperty("at");
    await expectNothingWritten(id, () => correctKeyTime(lead, actorFor(lead), id, { field: "createdAt" as never, at, reason: "Typo" }), "BAD_REQUEST", /field/);
    await expectNothingWritten(id, () => correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at: "2026-11-01 00:00", reason: "Typo" }), "BAD_REQUEST", /ISO 8601/);
  });
});

describe("listTimeline", () => {
  it("lists newest first, filters by type and key events, and pages without gaps or overlap", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    for (let i = 0; i < 5; i++) await note(lead, id, `Note ${i}`, i === 2);
    const all = await listTimeline(lead, id, {});
    expect(all.events.map((e) => e.body ?? e.type)).toEqual(["Note 4", "Note 3", "Note 2", "Note 1", "Note 0", "declared"]);
    expect(all.nextBefore).toBeNull();
    expect((await listTimeline(lead, id, { type: "note" })).events).toHaveLength(5);
    expect((await listTimeline(lead, id, { keyOnly: "true" })).events.map((e) => e.body ?? e.type)).toEqual(["Note 2", "declared"]);

    const seen: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listTimeline(lead, id, { limit: 4, before });
      seen.push(...result.events.map((e) => e.id));
      if (!result.nextBefore) break;
      before = result.nextBefore;
    }
    expect(seen).toEqual(all.events.map((e) => e.id));
    expect(await auditsOf(id)).toHaveLength(6);
  });

  it("says not found for an unknown or malformed incident id and refuses bad paging input", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    await expectAppError(listTimeline(lead, randomUUID(), {}), "NOT_FOUND", "Incident not found");
    await expectAppError(listTimeline(lead, "../etc/passwd", {}), "NOT_FOUND", "Incident not found");
    await expectAppError(listTimeline(lead, id, { before: "abc" }), "BAD_REQUEST", /before/);
    await expectAppError(listTimeline(lead, id, { limit: 500 }), "BAD_REQUEST", /limit/);
  });
});
