import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { getIncident } from "@/lib/incidents/get-incident";
import { setUserActive } from "@/lib/users/set-user-active";
import { auditsOf, declareAs, eventsOf, expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

describe("declareIncident", () => {
  it("creates the incident with its lead, runbook tasks, timeline event and audit entry", async () => {
    const lead = await makeUser("LEAD");
    const created = await declareIncident(lead, actorFor(lead), { title: "Crypto miner in checkout pod", severity: "SEV1", category: "container_compromise" });
    expect(created.reference).toMatch(/^INC-\d{4,}$/);
    const incident = await db.incident.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, leadId: true, severityRank: true, tasks: { select: { title: true } }, timeline: { select: { type: true } } },
    });
    expect(incident).toMatchObject({ status: "TRIAGE", leadId: lead.id, severityRank: 1 });
    expect(incident.tasks.map((t) => t.title)).toContain("Snapshot the node's disk");
    expect(incident.timeline.map((e) => e.type)).toEqual(["declared"]);
    expect(await db.auditEntry.count({ where: { action: "incident.declared", targetId: created.id } })).toBe(1);
  });

  it("creates the severity's whole runbook in order and names the roles still to fill", async () => {
    const lead = await makeUser("LEAD");
    const created = await declareAs(lead, { severity: "SEV1" });
    const tasks = await db.incidentTask.findMany({
      where: { incidentId: created.id },
      orderBy: { position: "asc" },
      select: { position: true, templateKey: true, evidencePreservation: true, dueAt: true, state: true },
    });
    expect(tasks.map((t) => t.templateKey)).toEqual([
      "do-not-destroy-workloads",
      "quarantine-node",
      "isolate-suspect-pods",
      "snapshot-node-disk",
      "collect-logs",
      "notify-legal",
      "assess-regulatory-reporting",
      "brief-executives",
    ]);
    expect(tasks.map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tasks.filter((t) => t.evidencePreservation).map((t) => t.templateKey)).toEqual(["snapshot-node-disk", "collect-logs"]);
    expect(tasks.every((t) => t.state === "OPEN" && t.dueAt !== null)).toBe(true);

    const [event] = await eventsOf(created.id, "declared");
    expect(event).toMatchObject({ isKey: true, actorId: lead.id, actorLabel: lead.email });
    expect(event!.data).toMatchObject({
      number: created.reference,
      severity: "SEV1",
      lead: { id: lead.id, name: lead.name },
      tasksCreated: 8,
      rolesToFill: ["DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"],
      restricted: false,
      drill: false,
    });
    const audits = await auditsOf(created.id);
    expect(audits).toEqual([expect.objectContaining({ action: "incident.declared", actorId: lead.id, actorLabel: lead.email })]);
  });

  it("lets the declarer name another lead; both take part, only the lead holds the role", async () => {
    const declarer = await makeUser("RESPONDER");
    const lead = await makeUser("LEAD");
    const created = await declareAs(declarer, { leadId: lead.id, restricted: true, drill: true, tags: ["Prod", " k8s:node "], summary: "  padded  " });
    const incident = await db.incident.findUniqueOrThrow({
      where: { id: created.id },
      select: { leadId: true, declaredById: true, restricted: true, drill: true, tags: true, summary: true, roles: { select: { kind: true, userId: true, assignedById: true } }, participants: { select: { userId: true } } },
    });
    expect(incident).toMatchObject({ leadId: lead.id, declaredById: declarer.id, restricted: true, drill: true, tags: ["prod", "k8s:node"], summary: "padded" });
    expect(incident.roles).toEqual([{ kind: "LEAD", userId: lead.id, assignedById: declarer.id }]);
    expect(incident.participants.map((p) => p.userId).sort()).toEqual([declarer.id, lead.id].sort());
  });

  it("numbers incidents uniquely and in order", async () => {
    const lead = await makeUser("LEAD");
    const first = await declareAs(lead);
    const second = await declareAs(lead);
    expect(second.number).toBeGreaterThan(first.number);
    expect(second.reference).toBe(`INC-${second.number}`);
  });

  it("keeps a detection time in the past and refuses one in the future", async () => {
    const lead = await makeUser("LEAD");
    const detectedAt = "2026-01-02T03:04:05.000Z";
    const created = await declareAs(lead, { detectedAt });
    const stored = await db.incident.findUniqueOrThrow({ where: { id: created.id }, select: { detectedAt: true, declaredAt: true } });
    expect(stored.detectedAt.toISOString()).toBe(detectedAt);
    expect(stored.declaredAt.getTime()).toBeGreaterThan(stored.detectedAt.getTime());

    const title = `Future ${uniqueWord()}`;
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    const error = await expectAppError(declareAs(lead, { title, detectedAt: future }), "BAD_REQUEST", /in the future/);
    expect(error.details?.fields).toHaveProperty("detectedAt");
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("refuses bad input with a message naming the field, and writes nothing", async () => {
    const lead = await makeUser("LEAD");
    const longTitle = `${uniqueWord()} ${"x".repeat(200)}`;
    const tooLong = await expectAppError(declareAs(lead, { title: longTitle }), "BAD_REQUEST", /title: Titles are limited to 200 characters/);
    expect(tooLong.details?.fields?.title).toEqual(["Titles are limited to 200 characters"]);
    expect(await db.incident.count({ where: { title: longTitle } })).toBe(0);

    await expectAppError(declareAs(lead, { title: "ab" }), "BAD_REQUEST", /at least 3 characters/);
    const category = await expectAppError(declareAs(lead, { category: "alien_invasion" as never }), "BAD_REQUEST", /Category must be one of/);
    expect(category.details?.fields).toHaveProperty("category");
    await expectAppError(declareAs(lead, { tags: ["<b>bold</b>"] }), "BAD_REQUEST", /Tags use letters, digits/);
    await expectAppError(declareAs(lead, { detectedAt: "yesterday" }), "BAD_REQUEST", /ISO 8601/);
  });

  it("refuses an unknown severity, naming the known ones, and writes nothing", async () => {
    const lead = await makeUser("LEAD");
    const title = `Unknown severity ${uniqueWord()}`;
    const error = await expectAppError(declareAs(lead, { title, severity: "SEV9" }), "BAD_REQUEST", /Unknown severity "SEV9"; choose one of SEV1, SEV2, SEV3, SEV4/);
    expect(error.details?.fields).toEqual({ severity: ["Unknown severity"] });
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });

  it("refuses a deactivated or unknown lead and writes nothing", async () => {
    const declarer = await makeUser("LEAD");
    const gone = await makeUser("LEAD");
    await setUserActive(SYSTEM_ACTOR, { userId: gone.id, active: false });
    const title = `Deactivated lead ${uniqueWord()}`;
    const error = await expectAppError(declareAs(declarer, { title, leadId: gone.id }), "BAD_REQUEST", /not an active user/);
    expect(error.details?.fields).toHaveProperty("leadId");
    await expectAppError(declareAs(declarer, { title, leadId: randomUUID() }), "BAD_REQUEST", /not an active user/);
    expect(await db.incident.count({ where: { title } })).toBe(0);
  });
});

describe("getIncident", () => {
  it("returns the war-room view: roles, tasks, policy, missing roles and the moves available now", async () => {
    const lead = await makeUser("LEAD");
    const created = await declareAs(lead, { severity: "SEV3" });
    const incident = await getIncident(lead, created.id);
    expect(incident).toMatchObject({ id: created.id, reference: created.reference, status: "TRIAGE", severityKey: "SEV3", isParticipant: true, version: 1 });
    expect(incident.roles.map((r) => ({ kind: r.kind, userId: r.user.id }))).toEqual([{ kind: "LEAD", userId: lead.id }]);
    expect(incident.tasks.map((t) => t.title)).toEqual([
      "Do not shut down the node or delete the pod",
      "Isolate the suspect pods",
      "Collect pod and node logs",
      "Assess regulatory reporting",
    ]);
    expect(incident.missingRoles).toEqual(["FORENSICS"]);
    expect(incident.policy.key).toBe("SEV3");
    const investigating = incident.transitions.find((t) => t.to === "INVESTIGATING");
    expect(investigating).toMatchObject({ allowed: true, kind: "advance" });
    const contained = incident.transitions.find((t) => t.to === "CONTAINED");
    expect(contained).toMatchObject({ allowed: false, kind: null });
  });

  it("says not found for an unknown or malformed id", async () => {
    const lead = await makeUser("LEAD");
    await expectAppError(getIncident(lead, randomUUID()), "NOT_FOUND", "Incident not found");
    await expectAppError(getIncident(lead, "not-an-id"), "NOT_FOUND", "Incident not found");
    await expectAppError(getIncident(lead, "-".repeat(36)), "NOT_FOUND", "Incident not found");
  });
});
