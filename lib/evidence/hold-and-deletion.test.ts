import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareAs, eventsOf, expectAppError, expectRecorded } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { downloadEvidence } from "./download-evidence";
import { getEvidence } from "./get-evidence";
import { handleEvidenceDeletion } from "./handle-deletion";
import { setLegalHold } from "./set-legal-hold";
import { byPerson, expectCustodyAudited, ingestText, withTemporaryFilesystemStore } from "./testing/evidence-fixtures";
import { transferEvidence } from "./transfer-evidence";

const store = withTemporaryFilesystemStore();

describe("legal hold", () => {
  it("blocks deletion until lifted; placing and lifting need a reason and are on the record", async () => {
    const lead = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const { id: incidentId } = await declareAs(lead);
    const { id, sha256 } = await ingestText(lead, incidentId, `held log ${incidentId}`);

    await expectAppError(setLegalHold(byPerson(lead), id, { on: true, reason: "" }), "BAD_REQUEST", /reason/);
    expect(await setLegalHold(byPerson(lead), id, { on: true, reason: "Litigation hold from counsel" })).toEqual({ id, legalHold: true });
    await expectAppError(setLegalHold(byPerson(lead), id, { on: true, reason: "again" }), "CONFLICT", /already under legal hold/);
    await expectAppError(handleEvidenceDeletion(byPerson(admin), id, { action: "request", reason: "Retention over" }), "CONFLICT", /under legal hold and cannot be deleted/);
    expect(await db.evidence.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, deletionRequestedAt: true } })).toEqual({ deletedAt: null, deletionRequestedAt: null });
    expect(await store.objectFiles()).toContain(store.objectPath(sha256));

    await setLegalHold(byPerson(lead), id, { on: false, reason: "Counsel released the hold" });
    const { event } = await expectRecorded(incidentId, "evidence_hold_lifted", lead);
    expect(event.body).toBe("Counsel released the hold");
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "hold_placed", "hold_lifted"]);
    const reasons = await db.custodyEvent.findMany({ where: { evidenceId: id, action: { startsWith: "hold" } }, orderBy: { id: "asc" }, select: { reason: true } });
    expect(reasons.map((row) => row.reason)).toEqual(["Litigation hold from counsel", "Counsel released the hold"]);
  });
});

describe("deleting evidence", () => {
  it("is for administrators only, keeps the record and custody as a tombstone, and removes the bytes", async () => {
    const lead = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const { id: incidentId } = await declareAs(lead);
    const { id, sha256 } = await ingestText(lead, incidentId, `to delete ${incidentId}`);
    await expectAppError(handleEvidenceDeletion(byPerson(lead), id, { action: "request", reason: "Personal data" }), "FORBIDDEN", /Only an administrator/);

    expect(await handleEvidenceDeletion(byPerson(admin), id, { action: "request", reason: "Contains personal data, retention over" })).toEqual({ id, state: "deleted" });
    const detail = await getEvidence(admin, id);
    expect(detail).toMatchObject({ sha256, deletedById: admin.id, deletionReason: "Contains personal data, retention over", deletedAt: expect.any(Date) });
    expect(detail.custody.map((event) => event.action)).toEqual(["collected", "stored", "deleted"]);
    expect(await store.objectFiles()).not.toContain(store.objectPath(sha256));
    await expectRecorded(incidentId, "evidence_deleted", admin);
    await expectAppError(downloadEvidence(byPerson(admin), id, "Need it"), "CONFLICT", /was deleted/);
    await expectAppError(handleEvidenceDeletion(byPerson(admin), id, { action: "request", reason: "again" }), "CONFLICT", /already deleted/);
    await expectAppError(transferEvidence(byPerson(lead), id, { to: "Police", method: "USB", reason: "Case 12" }), "CONFLICT", /was deleted/);
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "deleted"]);
  });

  it("keeps shared bytes while another live record still references them", async () => {
    const lead = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const { id: incidentId } = await declareAs(lead);
    const text = `shared ${incidentId}`;
    const first = await ingestText(lead, incidentId, text);
    await ingestText(lead, incidentId, text, { title: "second copy" });
    await handleEvidenceDeletion(byPerson(admin), first.id, { action: "request", reason: "Duplicate upload" });
    expect(await store.objectFiles()).toContain(store.objectPath(first.sha256));
  });

  it("on a restricted incident needs a second, different administrator to approve", async () => {
    const lead = await makeUser("LEAD");
    const [requester, approver] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const { id: incidentId } = await declareAs(lead, { restricted: true });
    const { id, sha256 } = await ingestText(lead, incidentId, `restricted ${incidentId}`);

    expect(await handleEvidenceDeletion(byPerson(requester), id, { action: "request", reason: "Court order 2026/17" })).toEqual({ id, state: "pending_approval" });
    expect(await db.evidence.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, deletionRequestedById: true } })).toEqual({ deletedAt: null, deletionRequestedById: requester.id });
    await expectRecorded(incidentId, "evidence_deletion_requested", requester);
    await expectAppError(handleEvidenceDeletion(byPerson(requester), id, { action: "approve" }), "FORBIDDEN", /second, different administrator/);
    await expectAppError(handleEvidenceDeletion(byPerson(requester), id, { action: "request", reason: "twice" }), "CONFLICT", /awaiting a second administrator/);

    expect(await handleEvidenceDeletion(byPerson(approver), id, { action: "approve" })).toEqual({ id, state: "deleted" });
    const row = await db.evidence.findUniqueOrThrow({ where: { id }, select: { deletedById: true, deletionRequestedById: true, deletionReason: true } });
    expect(row).toEqual({ deletedById: approver.id, deletionRequestedById: requester.id, deletionReason: "Court order 2026/17" });
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "deletion_requested", "deleted"]);
    expect(await store.objectFiles()).not.toContain(store.objectPath(sha256));
  });

  it("lets the second administrator reject a request, which is recorded and clears it", async () => {
    const lead = await makeUser("LEAD");
    const [requester, reviewer] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const { id: incidentId } = await declareAs(lead, { restricted: true });
    const { id } = await ingestText(lead, incidentId, `keep me ${incidentId}`);
    await expectAppError(handleEvidenceDeletion(byPerson(reviewer), id, { action: "approve" }), "CONFLICT", /No deletion .* awaiting approval/);
    await handleEvidenceDeletion(byPerson(requester), id, { action: "request", reason: "Retention over" });
    expect(await handleEvidenceDeletion(byPerson(reviewer), id, { action: "reject", reason: "Still needed for the regulator" })).toEqual({ id, state: "request_rejected" });
    expect(await db.evidence.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, deletionRequestedAt: true } })).toEqual({ deletedAt: null, deletionRequestedAt: null });
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "deletion_requested", "deletion_rejected"]);
    expect(await eventsOf(incidentId, "evidence_deletion_rejected")).toHaveLength(1);
  });
});

describe("transfers", () => {
  it("record to whom and how, with a reason", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const { id } = await ingestText(responder, incidentId, `transfer ${incidentId}`);
    await expectAppError(transferEvidence(byPerson(responder), id, { to: "", method: "USB", reason: "Case" }), "BAD_REQUEST", /to: Say to whom/);
    expect(await transferEvidence(byPerson(responder), id, { to: "Det. Rivera, NCA", method: "Encrypted USB, sealed bag 4471", reason: "Criminal referral" })).toEqual({
      id,
      to: "Det. Rivera, NCA",
      method: "Encrypted USB, sealed bag 4471",
    });
    const event = await db.custodyEvent.findFirstOrThrow({ where: { evidenceId: id, action: "transferred" }, select: { reason: true, data: true, actorId: true } });
    expect(event).toMatchObject({ reason: "Criminal referral", actorId: responder.id, data: { to: "Det. Rivera, NCA", method: "Encrypted USB, sealed bag 4471" } });
    await expectRecorded(incidentId, "evidence_transferred", responder);
  });
});
