import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { assignRole } from "@/lib/incidents/assign-role";
import { releaseRole } from "@/lib/incidents/release-role";
import type { TAssignRoleInput } from "@/lib/incidents/schemas";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { setUserActive } from "@/lib/users/set-user-active";
import { declareAs, eventsOf, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const assign = (by: SessionUser, incidentId: string, input: TAssignRoleInput) => assignRole(by, actorFor(by), incidentId, input);

function activeRoles(incidentId: string) {
  return db.incidentRole.findMany({ where: { incidentId, releasedAt: null }, orderBy: { assignedAt: "asc" }, select: { kind: true, userId: true } });
}

// Runs the operation only after taking the snapshot, so it can't race it.
async function expectRefused(operation: () => Promise<unknown>, incidentId: string, code: "CONFLICT" | "BAD_REQUEST", message: RegExp | string) {
  const before = await recordOf(incidentId);
  await expectAppError(operation(), code, message);
  expect(await recordOf(incidentId)).toEqual(before);
}

describe("assignRole", () => {
  it("assigns a role: the holder becomes a participant, with an event and an audit entry", async () => {
    const lead = await makeUser("LEAD");
    const scribe = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    expect(await assign(lead, id, { kind: "SCRIBE", userId: scribe.id })).toEqual({ kind: "SCRIBE", userId: scribe.id });
    expect(await activeRoles(id)).toEqual([{ kind: "LEAD", userId: lead.id }, { kind: "SCRIBE", userId: scribe.id }]);
    const role = await db.incidentRole.findFirstOrThrow({ where: { incidentId: id, kind: "SCRIBE" }, select: { assignedById: true } });
    expect(role.assignedById).toBe(lead.id);
    expect(await db.incidentParticipant.count({ where: { incidentId: id, userId: scribe.id } })).toBe(1);
    const { event, audit } = await expectRecorded(id, "role_assigned", lead);
    expect(event).toMatchObject({ isKey: false, data: { role: "SCRIBE", to: { id: scribe.id, name: scribe.name } } });
    expect(audit.data).toEqual({ role: "SCRIBE", to: { id: scribe.id, name: scribe.name } });
    expect((await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(2);
  });

  it("refuses the same role twice, a deactivated person, an unknown person or role — writing nothing", async () => {
    const lead = await makeUser("LEAD");
    const forensics = await makeUser("RESPONDER");
    const gone = await makeUser("RESPONDER");
    await setUserActive(SYSTEM_ACTOR, { userId: gone.id, active: false });
    const { id } = await declareAs(lead);
    await assign(lead, id, { kind: "FORENSICS", userId: forensics.id });

    await expectRefused(() => assign(lead, id, { kind: "FORENSICS", userId: forensics.id }), id, "CONFLICT", "This person already holds the Forensics role on this incident.");
    await expectRefused(() => assign(lead, id, { kind: "COMMS", userId: gone.id }), id, "CONFLICT", "This person's account is deactivated: choose an active responder.");
    await expectRefused(() => assign(lead, id, { kind: "LEAD", userId: gone.id }), id, "CONFLICT", /deactivated/);
    await expectRefused(() => assign(lead, id, { kind: "COMMS", userId: randomUUID() }), id, "BAD_REQUEST", "No such user");
    await expectRefused(() => assign(lead, id, { kind: "JESTER" as never, userId: forensics.id }), id, "BAD_REQUEST", /Role must be one of LEAD, DEPUTY/);
    await expectRefused(() => assign(lead, id, { kind: "COMMS", userId: "bob" }), id, "BAD_REQUEST", /userId must be a user id/);
    await expectRefused(() => assign(lead, id, { kind: "DEPUTY", userId: lead.id }), id, "CONFLICT", /The lead can't also be the deputy/);
  });

  it("assigning LEAD when there is one hands over: old row released, one lead, incident.leadId updated", async () => {
    const first = await makeUser("LEAD");
    const second = await makeUser("LEAD");
    const { id } = await declareAs(first);
    await assign(first, id, { kind: "LEAD", userId: second.id });

    const leads = await db.incidentRole.findMany({ where: { incidentId: id, kind: "LEAD" }, orderBy: { assignedAt: "asc" }, select: { userId: true, releasedAt: true } });
    expect(leads).toHaveLength(2);
    expect(leads[0]).toMatchObject({ userId: first.id, releasedAt: expect.any(Date) });
    expect(leads[1]).toMatchObject({ userId: second.id, releasedAt: null });
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { leadId: true } })).toEqual({ leadId: second.id });

    const { event, audit } = await expectRecorded(id, "lead_handed_over", first);
    expect(event).toMatchObject({ isKey: true, data: { role: "LEAD", from: { id: first.id, name: first.name }, to: { id: second.id, name: second.name } } });
    expect(audit.data).toMatchObject({ from: { id: first.id }, to: { id: second.id } });
    expect(await eventsOf(id, "role_assigned")).toHaveLength(0);

    await expectRefused(() => assign(second, id, { kind: "LEAD", userId: second.id }), id, "CONFLICT", "This person already leads this incident.");
  });

  it("handing the lead to the deputy ends their deputy role in the same step", async () => {
    const lead = await makeUser("LEAD");
    const deputy = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    await assign(lead, id, { kind: "DEPUTY", userId: deputy.id });
    await assign(lead, id, { kind: "LEAD", userId: deputy.id });
    expect(await activeRoles(id)).toEqual([{ kind: "LEAD", userId: deputy.id }]);
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { leadId: true } })).toEqual({ leadId: deputy.id });
  });

  it("refuses roles on a closed incident", async () => {
    const lead = await makeUser("LEAD");
    const comms = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Duplicate" });
    await expectRefused(() => assign(lead, id, { kind: "COMMS", userId: comms.id }), id, "CONFLICT", "This incident is closed: reopen it before assigning roles.");
    await expectRefused(() => assign(lead, id, { kind: "LEAD", userId: comms.id }), id, "CONFLICT", /closed: reopen it before handing over the lead/);
  });
});

describe("releaseRole", () => {
  it("releases a role with an event and an audit entry, keeping the assignment's history", async () => {
    const lead = await makeUser("LEAD");
    const legal = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    await assign(lead, id, { kind: "LEGAL", userId: legal.id });
    expect(await releaseRole(lead, actorFor(lead), id, { kind: "LEGAL", userId: legal.id })).toEqual({ kind: "LEGAL", userId: legal.id });
    expect(await activeRoles(id)).toEqual([{ kind: "LEAD", userId: lead.id }]);
    const row = await db.incidentRole.findFirstOrThrow({ where: { incidentId: id, kind: "LEGAL" }, select: { releasedAt: true } });
    expect(row.releasedAt).toBeInstanceOf(Date);
    const { data } = await expectRecorded(id, "role_released", lead);
    expect(data).toEqual({ role: "LEGAL", userId: legal.id });

    await expectRefused(() => releaseRole(lead, actorFor(lead), id, { kind: "LEGAL", userId: legal.id }), id, "CONFLICT", "This person doesn't hold the Legal role on this incident.");
  });

  it("never leaves an open incident without a lead, but a closed one may let its lead go", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead);
    await expectRefused(() => releaseRole(lead, actorFor(lead), id, { kind: "LEAD", userId: lead.id }), id, "CONFLICT", /An open incident must keep a lead: hand over/);
    await transitionIncident(lead, actorFor(lead), id, { to: "CLOSED", reason: "Not an incident" });
    await releaseRole(lead, actorFor(lead), id, { kind: "LEAD", userId: lead.id });
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { leadId: true } })).toEqual({ leadId: null });
    expect(await activeRoles(id)).toEqual([]);
  });
});

describe("acknowledgeIncident", () => {
  it("sets acknowledgedAt only the first time and acknowledges each caller's own roles", async () => {
    const lead = await makeUser("LEAD");
    const forensics = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    await assign(lead, id, { kind: "FORENSICS", userId: forensics.id });

    const first = await acknowledgeIncident(lead, actorFor(lead), id);
    const stored = await db.incident.findUniqueOrThrow({ where: { id }, select: { acknowledgedAt: true } });
    expect(stored.acknowledgedAt).toEqual(first.acknowledgedAt);
    const roles = () => db.incidentRole.findMany({ where: { incidentId: id }, select: { kind: true, acknowledgedAt: true } });
    expect((await roles()).find((r) => r.kind === "LEAD")!.acknowledgedAt).toBeInstanceOf(Date);
    expect((await roles()).find((r) => r.kind === "FORENSICS")!.acknowledgedAt).toBeNull();
    const { event, audit } = await expectRecorded(id, "acknowledged", lead);
    expect(event).toMatchObject({ isKey: true, data: { firstAcknowledgement: true, rolesAcknowledged: 1, by: { id: lead.id, name: lead.name } } });
    expect(audit.data).toMatchObject({ firstAcknowledgement: true });

    const second = await acknowledgeIncident(forensics, actorFor(forensics), id);
    expect(second.acknowledgedAt).toEqual(first.acknowledgedAt);
    expect((await db.incident.findUniqueOrThrow({ where: { id }, select: { acknowledgedAt: true } })).acknowledgedAt).toEqual(first.acknowledgedAt);
    expect((await roles()).every((r) => r.acknowledgedAt !== null)).toBe(true);
    const later = await expectRecorded(id, "acknowledged", forensics);
    expect(later.event).toMatchObject({ isKey: false, data: { firstAcknowledgement: false, rolesAcknowledged: 1 } });

    const bystander = await makeUser("RESPONDER");
    await expectRefused(() => acknowledgeIncident(lead, actorFor(lead), id), id, "CONFLICT", "Already acknowledged");
    await expectRefused(() => acknowledgeIncident(bystander, actorFor(bystander), id), id, "CONFLICT", "Already acknowledged");
  });

  it("lets anyone who can see the incident acknowledge it first, making them a participant", async () => {
    const lead = await makeUser("LEAD");
    const responder = await makeUser("RESPONDER");
    const { id } = await declareAs(lead);
    const { acknowledgedAt } = await acknowledgeIncident(responder, actorFor(responder), id);
    expect(acknowledgedAt).toBeInstanceOf(Date);
    expect(await db.incidentParticipant.count({ where: { incidentId: id, userId: responder.id } })).toBe(1);
    const { data } = await expectRecorded(id, "acknowledged", responder);
    expect(data).toMatchObject({ firstAcknowledgement: true, rolesAcknowledged: 0 });
  });
});
