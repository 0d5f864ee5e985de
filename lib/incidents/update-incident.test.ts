import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addTask } from "@/lib/incidents/add-task";
import type { TUpdateIncidentInput } from "@/lib/incidents/schemas";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateIncident } from "@/lib/incidents/update-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { declareAs, eventsOf, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const update = (user: SessionUser, incidentId: string, input: TUpdateIncidentInput) => updateIncident(user, actorFor(user), incidentId, input);

function tasksOf(incidentId: string) {
  return db.incidentTask.findMany({
    where: { incidentId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, templateKey: true, title: true, state: true, waivedReason: true, evidencePreservation: true },
  });
}

async function taskByKey(incidentId: string, templateKey: string) {
  return db.incidentTask.findFirstOrThrow({ where: { incidentId, templateKey }, select: { id: true } });
}

describe("updateIncident: fields", () => {
  it("changes fields with one fields_changed event listing from/to, an audit entry and a new version", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { title: "Odd traffic from a build pod", tags: ["ci"] });
    const result = await update(lead, id, { title: "Miner in the build pod", tags: ["CI", "miner"], summary: "Outbound to a pool", category: "other", expectedVersion: 1 });
    expect(result).toMatchObject({ id, version: 2, title: "Miner in the build pod", tags: ["ci", "miner"], summary: "Outbound to a pool", category: "other" });
    const { event, audit } = await expectRecorded(id, "fields_changed", lead);
    const changes = {
      title: { from: "Odd traffic from a build pod", to: "Miner in the build pod" },
      tags: { from: ["ci"], to: ["ci", "miner"] },
      summary: { from: "", to: "Outbound to a pool" },
    };
    expect(event.data).toEqual({ changes });
    expect(audit.data).toEqual({ changes });
  });

  it("records nothing when nothing actually changes", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { title: "Same title twice", severity: "SEV3" });
    const before = await recordOf(id);
    expect(await update(lead, id, { title: "Same title twice", severity: "SEV3" })).toMatchObject({ version: 1 });
    expect(await recordOf(id)).toEqual(before);
  });

  it("refuses bad input with the field named and changes nothing", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    const before = await recordOf(id);
    const long = await expectAppError(update(lead, id, { title: "x".repeat(201), summary: "would change" }), "BAD_REQUEST", /title: Titles are limited to 200 characters/);
    expect(long.details?.fields).toHaveProperty("title");
    await expectAppError(update(lead, id, { summary: "y".repeat(10_001) }), "BAD_REQUEST", /summary: The summary is limited to 10000 characters/);
    await expectAppError(update(lead, id, {}), "BAD_REQUEST", /Send at least one field to change/);
    await expectAppError(update(lead, id, { expectedVersion: 1 }), "BAD_REQUEST", /Send at least one field to change/);
    await expectAppError(update(lead, id, { status: "CLOSED" } as never), "BAD_REQUEST", /status/);
    expect(await recordOf(id)).toEqual(before);
  });
});

describe("updateIncident: severity re-applies the policy", () => {
  it("SEV3 → SEV1 adds SEV1's missing runbook tasks and keeps done and waived work as it was", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "do-not-destroy-workloads")).id, { action: "complete" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "collect-logs")).id, { action: "waive", reason: "Logs already in the SIEM" });
    await addTask(lead, actorFor(lead), id, { title: "Check the image registry" });
    const before = await tasksOf(id);

    const result = await update(lead, id, { severity: "SEV1", reason: "Miner confirmed on a production node" });
    expect(result).toMatchObject({ severityKey: "SEV1", version: 2 });
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { severityKey: true, severityRank: true } })).toEqual({ severityKey: "SEV1", severityRank: 1 });

    const after = await tasksOf(id);
    // Every task that was there is still there, unchanged.
    for (const task of before) expect(after).toContainEqual(task);
    const added = after.filter((t) => !before.some((b) => b.id === t.id));
    expect(added.map((t) => t.templateKey)).toEqual(["quarantine-node", "snapshot-node-disk", "notify-legal", "brief-executives"]);
    expect(added.every((t) => t.state === "OPEN")).toBe(true);
    expect(added.find((t) => t.templateKey === "snapshot-node-disk")!.evidencePreservation).toBe(true);
    expect(Math.min(...added.map((t) => t.position))).toBeGreaterThan(Math.max(...before.map((t) => t.position)));
    expect(new Set(after.map((t) => t.position)).size).toBe(after.length);
    expect(after.find((t) => t.templateKey === "collect-logs")).toMatchObject({ state: "WAIVED", waivedReason: "Logs already in the SIEM" });

    const { event, audit } = await expectRecorded(id, "severity_changed", lead);
    expect(event).toMatchObject({
      isKey: true,
      data: {
        from: "SEV3",
        to: "SEV1",
        tasksAdded: ["Quarantine the node", "Snapshot the node's disk", "Notify legal", "Brief executives"],
        rolesToFill: ["DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"],
      },
    });
    expect(audit.data).toMatchObject({ from: "SEV3", to: "SEV1" });
  });

  it("SEV1 → SEV4 deletes nothing, whatever state the tasks are in", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV1" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "snapshot-node-disk")).id, { action: "complete" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "notify-legal")).id, { action: "waive", reason: "Internal test cluster" });
    const before = await tasksOf(id);
    expect(before).toHaveLength(8);

    await update(lead, id, { severity: "SEV4", reason: "Test cluster only" });
    const after = await tasksOf(id);
    for (const task of before) expect(after).toContainEqual(task);
    expect(after.filter((t) => !before.some((b) => b.id === t.id)).map((t) => t.templateKey)).toEqual(["record-outcome"]);
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { severityRank: true } })).toEqual({ severityRank: 4 });
  });

  it("refuses an unknown severity clearly and changes nothing, not even the other fields sent with it", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3", title: "Keep this title" });
    const before = await recordOf(id);
    const error = await expectAppError(update(lead, id, { severity: "SEV0", title: "Lost title" }), "BAD_REQUEST", /Unknown severity "SEV0"; choose one of SEV1, SEV2, SEV3, SEV4/);
    expect(error.details?.fields).toEqual({ severity: ["Unknown severity"] });
    expect(await recordOf(id)).toEqual(before);
  });

  it("raising the severity mid-response adds evidence tasks that hold containment up", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV4" });
    await updateTask(lead, actorFor(lead), id, (await taskByKey(id, "collect-logs")).id, { action: "complete" });
    await transitionIncident(lead, actorFor(lead), id, { to: "INVESTIGATING" });
    await update(lead, id, { severity: "SEV2", reason: "Customer data may be involved" });
    await expectAppError(transitionIncident(lead, actorFor(lead), id, { to: "CONTAINED" }), "CONFLICT", /Contained needs the evidence-preservation tasks done or waived with a reason: Snapshot the node's disk$/);
    expect((await eventsOf(id, "status_changed")).length).toBe(1);
  });
});
