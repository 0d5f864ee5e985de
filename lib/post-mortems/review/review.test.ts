import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { hashAuditEntry } from "@/lib/audit/hash";
import { db } from "@/lib/db";
import { addParticipant } from "@/lib/incidents/add-participant";
import { getIncident } from "@/lib/incidents/get-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateTask } from "@/lib/incidents/update-task";
import { createPostMortem } from "@/lib/post-mortems/create-post-mortem";
import { hashPostMortemDocument } from "@/lib/post-mortems/hash-document";
import { saveSection } from "@/lib/post-mortems/save-section";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { declareAs, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { addReviewer } from "./add-reviewer";
import { decideReview } from "./decide-review";
import { getReview } from "./get-review";
import { listPostMortems } from "./list-post-mortems";
import { getRevision, listRevisions } from "./list-revisions";
import { publishReview } from "./publish-review";
import { startNewRevision } from "./start-new-revision";
import { submitReview } from "./submit-review";
import { makeReview } from "./test-fixtures";
import { waiveReview } from "./waive-review";

const as = (user: SessionUser) => actorFor(user);

// A SEV1 incident in POST_INCIDENT: tasks done, every phase passed.
async function sev1InReview(options: { restricted?: boolean } = {}) {
  const lead = await makeUser("LEAD");
  const incident = await declareAs(lead, { severity: "SEV1", restricted: options.restricted ?? false });
  const tasks = await db.incidentTask.findMany({ where: { incidentId: incident.id, state: "OPEN" }, select: { id: true } });
  for (const task of tasks) await updateTask(lead, as(lead), incident.id, task.id, { action: "complete" });
  for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT"] as const) await transitionIncident(lead, as(lead), incident.id, { to });
  return { lead, incident };
}

async function approvedReview() {
  const { lead, incident } = await sev1InReview();
  const reviewer = await makeUser("RESPONDER");
  const review = await makeReview(incident.id, lead, 1);
  await addReviewer(lead, as(lead), review.id, { userId: reviewer.id });
  await submitReview(lead, as(lead), review.id);
  await decideReview(reviewer, as(reviewer), review.id, { decision: "APPROVED" });
  return { lead, incident, reviewer, review };
}

const close = (user: SessionUser, incidentId: string) => transitionIncident(user, as(user), incidentId, { to: "CLOSED" });

describe("review and publish", () => {
  it("takes a review from draft through changes requested to published, then closes the SEV1", async () => {
    const { lead, incident } = await sev1InReview();
    const reviewer = await makeUser("RESPONDER");
    const bystander = await makeUser("RESPONDER");
    const review = await makeReview(incident.id, lead, 1);

    await expectAppError(submitReview(lead, as(lead), review.id), "CONFLICT", /Name at least one reviewer/);
    await addReviewer(lead, as(lead), review.id, { userId: reviewer.id });
    expect(await db.notificationEvent.count({ where: { incidentId: incident.id, type: "review_requested" } })).toBe(1);
    await expectAppError(addReviewer(bystander, as(bystander), review.id, { userId: bystander.id }), "FORBIDDEN", /names reviewers/);
    await submitReview(lead, as(lead), review.id);

    // Bad input changes nothing.
    const before = await recordOf(incident.id);
    await expectAppError(decideReview(bystander, as(bystander), review.id, { decision: "APPROVED" }), "FORBIDDEN", /Only a named reviewer/);
    await expectAppError(decideReview(reviewer, as(reviewer), review.id, { decision: "CHANGES_REQUESTED", comment: "  " }), "BAD_REQUEST", /needs a comment/);
    await expectAppError(publishReview(lead, as(lead), review.id), "CONFLICT", /Publishing needs 1 approval; it has 0/);
    expect(await recordOf(incident.id)).toEqual(before);
    await expectAppError(close(lead, incident.id), "CONFLICT", /closes only after its post-mortem is published.*The review is in review/);

    await decideReview(reviewer, as(reviewer), review.id, { decision: "CHANGES_REQUESTED", comment: "Say how the miner got in" });
    expect(await getReview(lead, review.id)).toMatchObject({ state: "DRAFT", reviewers: [{ userId: reviewer.id, decision: "CHANGES_REQUESTED", comment: "Say how the miner got in" }] });
    await submitReview(lead, as(lead), review.id);
    await expectAppError(publishReview(lead, as(lead), review.id), "CONFLICT", /asked for changes/);
    await decideReview(reviewer, as(reviewer), review.id, { decision: "APPROVED" });
    expect((await getReview(lead, review.id)).approvals).toEqual({ required: 1, given: 1, satisfied: true, reasons: [] });

    const published = await publishReview(lead, as(lead), review.id);
    expect(published).toMatchObject({ state: "PUBLISHED", revision: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The frozen content hashes to the recorded value, which sits in the audit chain.
    const frozen = await getRevision(lead, review.id, 1);
    expect(hashPostMortemDocument(frozen.content as unknown as PostMortemDocument)).toBe(published.sha256);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { targetId: incident.id, action: "incident.post_mortem.published" } });
    expect(entry.data).toMatchObject({ postMortemId: review.id, revision: 1, sha256: published.sha256, approvedBy: [reviewer.id] });
    expect(hashAuditEntry(entry)).toBe(entry.hash);
    const previous = await db.auditEntry.findUniqueOrThrow({ where: { seq: entry.seq - 1n } });
    expect(entry.prevHash).toBe(previous.hash);

    // Frozen means frozen, even for the database's own users.
    await expect(db.postMortemRevision.updateMany({ where: { postMortemId: review.id }, data: { sha256: "0".repeat(64) } })).rejects.toThrow();

    expect(await close(lead, incident.id)).toEqual({ status: "CLOSED", kind: "advance" });
  });

  it("changes a published review only through a new revision; earlier revisions stay readable", async () => {
    const { lead, review, reviewer } = await approvedReview();
    const first = await publishReview(lead, as(lead), review.id);
    await expectAppError(publishReview(lead, as(lead), review.id), "CONFLICT", /Only a review that is in review can be published/);
    await expectAppError(addReviewer(lead, as(lead), review.id, { userId: (await makeUser("RESPONDER")).id }), "CONFLICT", /start a new revision/);

    expect(await startNewRevision(lead, as(lead), review.id)).toEqual({ state: "DRAFT", revision: 1, preparing: 2 });
    await expectAppError(startNewRevision(lead, as(lead), review.id), "CONFLICT", /Only a published review gets a new revision/);
    // The approval was for revision 1; revision 2 needs its own.
    await submitReview(lead, as(lead), review.id);
    const pending = await getReview(lead, review.id);
    expect(pending).toMatchObject({ revisionUnderReview: 2, approvals: { given: 0, satisfied: false }, reviewers: [{ decision: "PENDING" }] });
    await decideReview(reviewer, as(reviewer), review.id, { decision: "APPROVED" });
    const second = await publishReview(lead, as(lead), review.id);
    expect(second.revision).toBe(2);

    const { revisions } = await listRevisions(lead, review.id);
    expect(revisions.map((r) => [r.number, r.sha256])).toEqual([
      [2, second.sha256],
      [1, first.sha256],
    ]);
    expect((await getRevision(lead, review.id, 1)).sha256).toBe(first.sha256);
    await expectAppError(getRevision(lead, review.id, 3), "NOT_FOUND");
  });

  it("refuses to edit a published revision until a new revision is started", async () => {
    const { lead, incident } = await sev1InReview();
    const reviewer = await makeUser("RESPONDER");
    const review = await createPostMortem(lead, as(lead), incident.id);
    await addReviewer(lead, as(lead), review.id, { userId: reviewer.id });
    await submitReview(lead, as(lead), review.id);
    await decideReview(reviewer, as(reviewer), review.id, { decision: "APPROVED" });
    const published = await publishReview(lead, as(lead), review.id);

    const before = await recordOf(incident.id);
    await expectAppError(saveSection(lead, as(lead), review.id, "summary", { body: "Rewritten after publishing", version: 1 }), "CONFLICT", "This revision is published and frozen: start a new revision to change it.");
    expect(await recordOf(incident.id)).toEqual(before);
    expect(await db.postMortem.findUniqueOrThrow({ where: { id: review.id }, select: { state: true } })).toEqual({ state: "PUBLISHED" });

    await startNewRevision(lead, as(lead), review.id);
    await saveSection(lead, as(lead), review.id, "summary", { body: "Rewritten in revision 2", version: 1 });
    // The published revision is untouched.
    const frozen = await getRevision(lead, review.id, 1);
    expect(hashPostMortemDocument(frozen.content as unknown as PostMortemDocument)).toBe(published.sha256);
    expect(JSON.stringify(frozen.content)).not.toContain("Rewritten in revision 2");
  });

  it("does not let an author approve their own review alone", async () => {
    const { lead, incident } = await sev1InReview();
    const review = await makeReview(incident.id, lead, 1);
    await addReviewer(lead, as(lead), review.id, { userId: lead.id });
    await submitReview(lead, as(lead), review.id);
    await decideReview(lead, as(lead), review.id, { decision: "APPROVED" });
    await expectAppError(publishReview(lead, as(lead), review.id), "CONFLICT", /from someone other than the authors/);
  });
});

describe("close guard", () => {
  it("blocks closing a SEV1 without a review until an admin waives it with a reason", async () => {
    const { lead, incident } = await sev1InReview();
    const admin = await makeUser("ADMIN");
    await expectAppError(close(lead, incident.id), "CONFLICT", /A SEV1 incident closes only after its post-mortem is published: publish it first. No review has been drafted yet/);
    const closeOption = (await getIncident(lead, incident.id)).transitions.find((t) => t.to === "CLOSED");
    expect(closeOption).toMatchObject({ allowed: false, reasons: [expect.stringMatching(/No review has been drafted yet/)] });

    const before = await recordOf(incident.id);
    await expectAppError(waiveReview(lead, as(lead), incident.id, { reason: "Drill" }), "FORBIDDEN");
    await expectAppError(waiveReview(admin, as(admin), incident.id, { reason: " " }), "BAD_REQUEST", /Give a reason/);
    expect(await recordOf(incident.id)).toEqual(before);

    await waiveReview(admin, as(admin), incident.id, { reason: "Tabletop duplicate of INC-1042, reviewed there" });
    const waived = await db.timelineEvent.findFirstOrThrow({ where: { incidentId: incident.id, type: "post_mortem.waived" }, select: { actorId: true, isKey: true, data: true } });
    expect(waived).toEqual({ actorId: admin.id, isKey: true, data: { reason: "Tabletop duplicate of INC-1042, reviewed there" } });
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.post_mortem.waived", actorId: admin.id } })).toBe(1);
    await expectAppError(waiveReview(admin, as(admin), incident.id, { reason: "Again" }), "CONFLICT", /already waived/);
    expect(await close(lead, incident.id)).toEqual({ status: "CLOSED", kind: "advance" });
  });

  it("lets a SEV4 close without any review", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { severity: "SEV4" });
    const tasks = await db.incidentTask.findMany({ where: { incidentId: incident.id, state: "OPEN" }, select: { id: true } });
    for (const task of tasks) await updateTask(lead, as(lead), incident.id, task.id, { action: "complete" });
    for (const to of ["INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED"] as const) await transitionIncident(lead, as(lead), incident.id, { to });
    expect(await close(lead, incident.id)).toEqual({ status: "CLOSED", kind: "advance" });
  });
});

describe("restricted incidents", () => {
  it("show their reviews only to participants, admins and auditors", async () => {
    const { lead, incident } = await sev1InReview({ restricted: true });
    const review = await makeReview(incident.id, lead, 1);
    const insider = await makeUser("RESPONDER");
    await addParticipant(lead, as(lead), incident.id, { userId: insider.id });
    const outsider = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const auditor = await makeUser("AUDITOR");
    const executive = await makeUser("EXECUTIVE");

    for (const viewer of [lead, insider, admin, auditor]) {
      expect((await getReview(viewer, review.id)).id).toBe(review.id);
      expect((await listPostMortems(viewer, { limit: 100 })).postMortems.map((p) => p.id)).toContain(review.id);
    }
    for (const viewer of [outsider, executive]) {
      await expectAppError(getReview(viewer, review.id), "NOT_FOUND");
      await expectAppError(listRevisions(viewer, review.id), "NOT_FOUND");
      await expectAppError(decideReview(viewer, as(viewer), review.id, { decision: "APPROVED" }), "NOT_FOUND");
      await expectAppError(submitReview(viewer, as(viewer), review.id), "NOT_FOUND");
      expect((await listPostMortems(viewer, { limit: 100 })).postMortems.map((p) => p.id)).not.toContain(review.id);
    }
    // A reviewer who could not see the incident would be told about it: refused.
    await expectAppError(addReviewer(lead, as(lead), review.id, { userId: outsider.id }), "BAD_REQUEST", /cannot see this restricted incident/);
    await expectAppError(addReviewer(lead, as(lead), review.id, { userId: auditor.id }), "BAD_REQUEST", /Auditors/);
    await addReviewer(lead, as(lead), review.id, { userId: insider.id });
  });
});
