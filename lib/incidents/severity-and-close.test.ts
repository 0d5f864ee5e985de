// Severity changes and closing on purpose: a reason for every severity
// change, withdrawal of untouched tasks on a downgrade, a closing summary,
// and a closed incident that refuses work until it is reopened.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { postStatusUpdate } from "@/lib/status-updates/post-status-update";
import { declareAs, eventsOf, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { addParticipant } from "./add-participant";
import { addTask } from "./add-task";
import { getIncident } from "./get-incident";
import { listTimeline } from "./list-timeline";
import { transitionIncident } from "./transition-incident";
import { updateIncident } from "./update-incident";
import { updateTask } from "./update-task";

const taskByKey = (incidentId: string, templateKey: string) => db.incidentTask.findFirstOrThrow({ where: { incidentId, templateKey }, select: { id: true, title: true, state: true, waivedReason: true } });

describe("changing severity", () => {
  it("needs a reason, at the field, and changes nothing without one", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3" });
    const before = await recordOf(id);
    const error = await expectAppError(updateIncident(lead, actorFor(lead), id, { severity: "SEV1" }), "BAD_REQUEST", /Say why the severity changes/);
    expect(error.details?.fields).toEqual({ reason: ["Say why the severity changes"] });
    await expectAppError(updateIncident(lead, actorFor(lead), id, { severity: "SEV1", reason: "   " }), "BAD_REQUEST", /Say why/);
    expect(await recordOf(id)).toEqual(before);

    await updateIncident(lead, actorFor(lead), id, { severity: "SEV1", reason: "Miner on a production node" });
    const { event } = await expectRecorded(id, "severity_changed", lead);
    expect(event.data).toMatchObject({ from: "SEV3", to: "SEV1", reason: "Miner on a production node" });
  });

  it("on a downgrade, withdraws only the untouched tasks the lower severity does not ask for, when asked", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(lead, { severity: "SEV3" });
    await updateIncident(lead, actorFor(lead), id, { severity: "SEV1", reason: "Looked worse" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "quarantine-node")).id, { action: "complete" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "notify-legal")).id, { action: "assign", assigneeId: responder.id });
    const offered = (await getIncident(lead, id)).downgradeWithdrawals.SEV3;
    expect(offered).toEqual(["Snapshot the node's disk", "Brief executives"]);

    await updateIncident(lead, actorFor(lead), id, { severity: "SEV3", reason: "A false alarm on a test node", withdrawAddedTasks: true });
    expect(await taskByKey(id, "snapshot-node-disk")).toMatchObject({ state: "WITHDRAWN", waivedReason: expect.stringMatching(/^Withdrawn: .+ does not ask for it$/) });
    expect((await taskByKey(id, "brief-executives")).state).toBe("WITHDRAWN");
    expect((await taskByKey(id, "quarantine-node")).state).toBe("DONE");
    expect((await taskByKey(id, "notify-legal")).state).toBe("OPEN");
    expect((await taskByKey(id, "collect-logs")).state).toBe("OPEN");
    const changes = await eventsOf(id, "severity_changed");
    expect(changes.at(-1)?.data).toMatchObject({ from: "SEV1", to: "SEV3", reason: "A false alarm on a test node", tasksWithdrawn: ["Snapshot the node's disk", "Brief executives"] });
    // Withdrawn evidence tasks no longer hold containment up.
    const detail = await getIncident(lead, id);
    expect(detail.transitions.find((t) => t.to === "CONTAINED")?.reasons.join(" ") ?? "").not.toMatch(/Snapshot the node's disk/);
  });

  it("withdraws nothing on a downgrade unless asked", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV1" });
    await updateIncident(lead, actorFor(lead), id, { severity: "SEV4", reason: "Lab cluster" });
    expect(await db.incidentTask.count({ where: { incidentId: id, state: "WITHDRAWN" } })).toBe(0);
  });
});

describe("closing", () => {
  async function closedIncident(lead: SessionUser) {
    const { id } = await declareAs(lead, { severity: "SEV4" });
    await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Scanner noise", summary: "A vulnerability scanner tripped the rule; nothing ran." });
    return id;
  }

  it("records the closing summary on the timeline", async () => {
    const lead = await makeUser("LEAD");
    const id = await closedIncident(lead);
    const closed = (await eventsOf(id, "status_changed")).at(-1);
    expect(closed?.data).toMatchObject({ to: "CLOSED", summary: "A vulnerability scanner tripped the rule; nothing ran." });
  });

  it("makes the incident read-only until it is reopened", async () => {
    const lead = await makeUser("LEAD");
    const other = await makeUser("RESPONDER");
    const id = await closedIncident(lead);
    const taskId = (await db.incidentTask.findFirstOrThrow({ where: { incidentId: id }, select: { id: true } })).id;
    const before = await recordOf(id);
    const actor = actorFor(lead);
    await expectAppError(addTask(lead, actor, id, { title: "One more thing" }), "CONFLICT", /is closed: reopen it before adding tasks/);
    await expectAppError(updateTask(lead, actor, id, taskId, { action: "complete" }), "CONFLICT", /is closed: reopen it before changing its tasks/);
    await expectAppError(addParticipant(lead, actor, id, { userId: other.id }), "CONFLICT", /is closed: reopen it before adding participants/);
    await expectAppError(postStatusUpdate(lead, actor, id, { audience: "internal", phase: "resolved", body: "All good" }), "CONFLICT", /is closed: reopen it before posting status updates/);
    await expectAppError(updateIncident(lead, actor, id, { severity: "SEV1", reason: "Second thoughts" }), "CONFLICT", /is closed: reopen it before changing its severity/);
    expect(await recordOf(id)).toEqual(before);

    await transitionIncident(lead, actor, id, { to: "INVESTIGATING", reason: "It came back" });
    await expect(addTask(lead, actor, id, { title: "One more thing" })).resolves.toMatchObject({ title: "One more thing" });
  });
});

describe("timeline filters", () => {
  it("groups cluster actions, evidence and deadlines, and leaves per-call steps out of the default list", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    const at = new Date();
    await db.timelineEvent.createMany({
      data: ["cluster_action_started", "cluster_action_step", "cluster_action_finished", "evidence_added", "obligation_submitted", "notification_failed"].map((type) => ({ incidentId: id, at, actorLabel: "test", type, data: { actionId: "a" } })),
    });
    const types = async (type?: string) => (await listTimeline(lead, id, type ? { type } : {})).events.map((event) => event.type).sort();
    expect(await types()).not.toContain("cluster_action_step");
    expect(await types("cluster")).toEqual(["cluster_action_finished", "cluster_action_started"]);
    expect(await types("cluster_action_step")).toEqual(["cluster_action_step"]);
    expect(await types("evidence")).toEqual(["evidence_added"]);
    expect(await types("deadlines")).toEqual(["obligation_submitted"]);
    expect(await types("notifications")).toEqual(["notification_failed"]);
  });
});
