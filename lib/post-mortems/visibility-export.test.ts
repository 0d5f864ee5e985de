import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addParticipant } from "@/lib/incidents/add-participant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { makeTestSeverity } from "@/test/helpers/severities";
import { declareAs, expectAppError, expectRecorded } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { applySeverityProposal } from "./apply-severity-proposal";
import { assemblePostMortemDocument } from "./assemble-post-mortem-document";
import { createPostMortem } from "./create-post-mortem";
import { exportPostMortem } from "./export/export-post-mortem";
import { findVisiblePostMortem } from "./find-post-mortem";
import { getPostMortemView } from "./get-post-mortem-view";
import { hashPostMortemDocument } from "./hash-document";
import { listReviewTimeline } from "./list-review-timeline";
import { proposeSeverityChange } from "./propose-severity-change";
import { startNewRevision } from "./review/start-new-revision";
import { saveSection } from "./save-section";

describe("a restricted incident's review", () => {
  it("exists only for participants, admins and auditors — in lookups, the editor view, its timeline and every export", async () => {
    const owner = await makeUser("LEAD");
    const incident = await declareAs(owner, { restricted: true, severity: "SEV2" });
    const review = await createPostMortem(owner, actorFor(owner), incident.id);
    const participant = await makeUser("RESPONDER");
    await addParticipant(owner, actorFor(owner), incident.id, { userId: participant.id });

    for (const role of ["LEAD", "RESPONDER", "EXECUTIVE"] as const) {
      const outsider = await makeUser(role);
      await expectAppError(findVisiblePostMortem(outsider, review.id), "NOT_FOUND");
      await expectAppError(getPostMortemView(outsider, incident.id), "NOT_FOUND");
      await expectAppError(listReviewTimeline(outsider, review.id, {}), "NOT_FOUND");
      await expectAppError(saveSection(outsider, actorFor(outsider), review.id, "summary", { body: "x", version: 1 }), "NOT_FOUND");
      for (const format of ["md", "html", "pdf"] as const) await expectAppError(exportPostMortem(outsider, review.id, format), "NOT_FOUND");
      await expectAppError(createPostMortem(outsider, actorFor(outsider), incident.id), "NOT_FOUND");
    }
    for (const role of ["ADMIN", "AUDITOR"] as const) {
      const insider = await makeUser(role);
      expect((await findVisiblePostMortem(insider, review.id)).id).toBe(review.id);
      expect((await exportPostMortem(insider, review.id, "md")).body).toContain(incident.reference);
    }
    expect((await getPostMortemView(participant, incident.id)).review?.id).toBe(review.id);
  });
});

describe("exports", () => {
  it("renders Markdown, a self-contained safe HTML page and a real PDF, each with the draft's hash", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { severity: "SEV3" });
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    const hostile = 'Summary with <script>alert("x")</script> and <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and **bold** → done';
    await saveSection(lead, actorFor(lead), review.id, "summary", { body: hostile, version: 1 });

    const md = await exportPostMortem(lead, review.id, "md");
    const hash = md.hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(md.body).toContain(`DRAFT — not published; SHA-256 of this draft: ${hash}`);
    expect(md.body).toContain("**bold**");

    const html = await exportPostMortem(lead, review.id, "html");
    const page = html.body as string;
    expect(html.contentType).toMatch(/^text\/html/);
    expect(page).toContain(hash);
    expect(page).toContain("<strong>bold</strong>");
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/onerror/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page).not.toMatch(/(src|href)="https?:/i);
    expect(page).toContain("default-src 'none'");

    const pdf = await exportPostMortem(lead, review.id, "pdf");
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.toString("latin1")).toContain(hash);
    expect(bytes.subarray(-6).toString("latin1")).toContain("%%EOF");
    expect(pdf.fileName).toBe(`${incident.reference}-post-mortem-draft.pdf`);
  });

  it("exports a published review's frozen revision with its stored hash, not the live draft", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead);
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    await saveSection(lead, actorFor(lead), review.id, "summary", { body: "As published", version: 1 });
    const document = await assemblePostMortemDocument(review.id);
    const sha256 = hashPostMortemDocument(document);
    // What the publish step (review workflow) stores.
    await db.postMortemRevision.create({ data: { postMortemId: review.id, number: 1, content: document as unknown as Prisma.InputJsonObject, sha256, publishedById: lead.id } });
    await db.postMortem.update({ where: { id: review.id }, data: { state: "PUBLISHED", revision: 1 } });
    await expect(db.postMortemRevision.updateMany({ where: { postMortemId: review.id }, data: { sha256: "0" } })).rejects.toThrow();

    const md = await exportPostMortem(lead, review.id, "md");
    expect(md.hash).toBe(sha256);
    expect(md.body).toContain(`Revision 1, published — SHA-256: ${sha256}`);
    expect(md.body).toContain("As published");
    // A published revision is frozen: changing it starts the next revision as a draft.
    await startNewRevision(lead, actorFor(lead), review.id);
    await saveSection(lead, actorFor(lead), review.id, "summary", { body: "Changed later", version: 2 });
    const draft = await exportPostMortem(lead, review.id, "md");
    expect(draft.hash).not.toBe(sha256);
    expect(draft.body).toContain("DRAFT");
    expect(draft.body).toContain("Changed later");
  });
});

describe("was the severity right?", () => {
  it("an admin applies the proposed policy change in one click, recorded on the severity, the incident and the review", async () => {
    const base = await getSeverityPolicy(db, "SEV4");
    const { key } = await makeTestSeverity({}, base);
    const lead = await makeUser("LEAD");
    const admin = await makeUser("ADMIN");
    const incident = await declareAs(lead, { severity: key });
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    await proposeSeverityChange(lead, actorFor(lead), review.id, { severityKey: key, changes: { acknowledgeWithinMinutes: 7, requiresSecondApprover: true }, reason: "Took too long to acknowledge" });
    await expectRecorded(incident.id, "post_mortem.severity_change_proposed", lead);
    await expectAppError(applySeverityProposal(lead, actorFor(lead), review.id), "FORBIDDEN");

    await applySeverityProposal(admin, actorFor(admin), review.id);
    const policy = await getSeverityPolicy(db, key);
    expect(policy).toMatchObject({ acknowledgeWithinMinutes: 7, requiresSecondApprover: true, updateEveryMinutes: base.updateEveryMinutes });
    await expectRecorded(incident.id, "post_mortem.severity_policy_applied", admin);
    const severityAudit = await db.auditEntry.findFirst({ where: { targetType: "severity", targetId: key, action: "severity.update" }, select: { actorId: true, data: true } });
    expect(severityAudit?.actorId).toBe(admin.id);
    const doc = await assemblePostMortemDocument(review.id);
    expect(doc.severityProposal).toMatchObject({ severityKey: key, appliedBy: admin.name });
    await expectAppError(applySeverityProposal(admin, actorFor(admin), review.id), "CONFLICT", /already applied/);
  });
});
