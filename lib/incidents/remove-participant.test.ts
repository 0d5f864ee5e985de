import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE } from "@/app/api/v1/incidents/[id]/participants/route";
import { addParticipant } from "@/lib/incidents/add-participant";
import { assignRole } from "@/lib/incidents/assign-role";
import { getIncident } from "@/lib/incidents/get-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { removeParticipant } from "@/lib/incidents/remove-participant";
import { canSeeIncident } from "@/lib/realtime/can-see-incident";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { declareAs, expectAppError, expectRecorded, recordOf, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

async function restrictedWithGuest() {
  const lead = await makeUser("LEAD");
  const guest = await makeUser("RESPONDER");
  const word = uniqueWord("guest");
  const incident = await declareAs(lead, { title: `${word} key exfiltrated`, restricted: true, severity: "SEV2" });
  await addParticipant(lead, actorFor(lead), incident.id, { userId: guest.id });
  return { lead, guest, word, incident };
}

describe("removeParticipant", () => {
  it("the lead removes a participant, who loses access to the restricted incident everywhere; recorded on the timeline and audit log", async () => {
    const { lead, guest, word, incident } = await restrictedWithGuest();
    expect((await getIncident(guest, incident.id)).isParticipant).toBe(true);
    expect(await canSeeIncident(guest, incident.id)).toBe(true);

    expect(await removeParticipant(lead, actorFor(lead), incident.id, { userId: guest.id })).toEqual({ userId: guest.id });

    const { data, audit } = await expectRecorded(incident.id, "participant_removed", lead);
    expect(data).toEqual({ user: { id: guest.id, name: guest.name } });
    expect(audit.data).toEqual(data);
    await expectAppError(getIncident(guest, incident.id), "NOT_FOUND");
    expect((await listIncidents(guest, { q: word, status: "all" })).incidents).toEqual([]);
    expect(await canSeeIncident(guest, incident.id)).toBe(false);
    expect((await getIncident(lead, incident.id)).participants.map((p) => p.userId)).toEqual([lead.id]);
  });

  it("an administrator may remove participants; other participants, deputies and auditors may not, and nothing changes", async () => {
    const { lead, guest, incident } = await restrictedWithGuest();
    const deputy = await makeUser("LEAD");
    const auditor = await makeUser("AUDITOR");
    await assignRole(lead, actorFor(lead), incident.id, { kind: "DEPUTY", userId: deputy.id });
    await addParticipant(lead, actorFor(lead), incident.id, { userId: deputy.id });

    const before = await recordOf(incident.id);
    for (const user of [guest, deputy, auditor]) {
      await expectAppError(removeParticipant(user, actorFor(user), incident.id, { userId: guest.id }), "FORBIDDEN", "Only the incident lead or an administrator removes participants");
    }
    expect(await recordOf(incident.id)).toEqual(before);

    const admin = await makeUser("ADMIN");
    await removeParticipant(admin, actorFor(admin), incident.id, { userId: guest.id });
    await expectRecorded(incident.id, "participant_removed", admin);
    await expectAppError(getIncident(guest, incident.id), "NOT_FOUND");
  });

  it("the lead cannot be removed while lead, even by an administrator; after a handover they can", async () => {
    const { lead, guest, incident } = await restrictedWithGuest();
    const admin = await makeUser("ADMIN");
    const before = await recordOf(incident.id);
    await expectAppError(removeParticipant(admin, actorFor(admin), incident.id, { userId: lead.id }), "CONFLICT", `${lead.name} leads this incident and cannot be removed while lead. Hand the lead to someone else first.`);
    await expectAppError(removeParticipant(lead, actorFor(lead), incident.id, { userId: lead.id }), "CONFLICT", /cannot be removed while lead/);
    expect(await recordOf(incident.id)).toEqual(before);

    const successor = await makeUser("LEAD");
    await addParticipant(lead, actorFor(lead), incident.id, { userId: successor.id });
    await assignRole(lead, actorFor(lead), incident.id, { kind: "LEAD", userId: successor.id });
    await removeParticipant(successor, actorFor(successor), incident.id, { userId: lead.id });
    // A lead account that no longer takes part does not see the restricted incident.
    await expectAppError(getIncident(lead, incident.id), "NOT_FOUND");
    expect((await getIncident(guest, incident.id)).isParticipant).toBe(true);
  });

  it("refuses someone who does not take part and a malformed id, writing nothing", async () => {
    const { lead, incident } = await restrictedWithGuest();
    const stranger = await makeUser("RESPONDER");
    const before = await recordOf(incident.id);
    const error = await expectAppError(removeParticipant(lead, actorFor(lead), incident.id, { userId: stranger.id }), "BAD_REQUEST", "This person is not a participant of this incident");
    expect(error.details?.fields).toHaveProperty("userId");
    await expectAppError(removeParticipant(lead, actorFor(lead), incident.id, { userId: randomUUID() }), "BAD_REQUEST", /not a participant/);
    await expectAppError(removeParticipant(lead, actorFor(lead), incident.id, { userId: "bob" }), "BAD_REQUEST", /userId/);
    expect(await recordOf(incident.id)).toEqual(before);
  });

  it("someone who cannot see the incident gets not found, never forbidden", async () => {
    const { guest, incident } = await restrictedWithGuest();
    const outsider = await makeUser("LEAD");
    const before = await recordOf(incident.id);
    await expectAppError(removeParticipant(outsider, actorFor(outsider), incident.id, { userId: guest.id }), "NOT_FOUND");
    expect(await recordOf(incident.id)).toEqual(before);
  });

  it("DELETE /api/v1/incidents/{id}/participants answers problem+json for the lead and removes others", async () => {
    const { lead, guest, incident } = await restrictedWithGuest();
    const { token } = await createApiToken(actorFor(lead), lead.id, { name: "participants" });
    const call = (userId: string) =>
      DELETE(
        new Request(`http://cordon.test/api/v1/incidents/${incident.id}/participants`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify({ userId }),
        }),
        { params: Promise.resolve({ id: incident.id }) },
      );
    const refused = await call(lead.id);
    expect(refused.status).toBe(409);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/leads this incident and cannot be removed while lead/);

    const removed = await call(guest.id);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ userId: guest.id });
  });
});
