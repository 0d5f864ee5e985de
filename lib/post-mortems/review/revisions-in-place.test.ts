import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createPostMortem } from "@/lib/post-mortems/create-post-mortem";
import { exportPostMortem } from "@/lib/post-mortems/export/export-post-mortem";
import { saveSection } from "@/lib/post-mortems/save-section";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { addReviewer } from "./add-reviewer";
import { decideReview } from "./decide-review";
import { publishReview } from "./publish-review";
import { compareRevisionsOfReview, readRevisionView } from "./read-revision";
import { startNewRevision } from "./start-new-revision";
import { submitReview } from "./submit-review";

const as = (user: SessionUser) => actorFor(user);

async function publish(lead: SessionUser, reviewer: SessionUser, postMortemId: string) {
  await submitReview(lead, as(lead), postMortemId);
  await decideReview(reviewer, as(reviewer), postMortemId, { decision: "APPROVED" });
  return publishReview(lead, as(lead), postMortemId);
}

// A review published twice: the summary rewritten between the revisions.
async function twiceRevisedReview(options: { restricted?: boolean } = {}) {
  const lead = await makeUser("LEAD");
  const reviewer = await makeUser("ADMIN");
  const incident = await declareAs(lead, { restricted: options.restricted ?? false });
  const review = await createPostMortem(lead, as(lead), incident.id);
  await addReviewer(lead, as(lead), review.id, { userId: reviewer.id });
  await saveSection(lead, as(lead), review.id, "summary", { body: "The miner came in through an exposed dashboard.", version: 1 });
  const first = await publish(lead, reviewer, review.id);
  await startNewRevision(lead, as(lead), review.id);
  await saveSection(lead, as(lead), review.id, "summary", { body: "The miner came in through a leaked service-account token.", version: 2 });
  const second = await publish(lead, reviewer, review.id);
  return { lead, incident, review, first, second };
}

describe("published revisions", () => {
  it("read in place as frozen, and compared section by section", async () => {
    const { lead, incident, first, second } = await twiceRevisedReview();

    const older = await readRevisionView(lead, incident.id, { revision: 1 });
    expect(older.revision).toMatchObject({ number: 1, sha256: first.sha256, publishedBy: lead.name });
    expect(older.revision.document.sections.find((s) => s.key === "summary")?.body).toBe("The miner came in through an exposed dashboard.");
    expect(older.comparison).toBeNull();

    const compared = await readRevisionView(lead, incident.id, { revision: 2, against: 1 });
    expect(compared.revision.sha256).toBe(second.sha256);
    expect(compared.against).toMatchObject({ number: 1, sha256: first.sha256 });
    const summary = compared.comparison?.sections.find((s) => s.key === "summary");
    expect(summary?.change).toBe("changed");
    expect(summary?.body.filter((p) => p.change === "removed").map((p) => p.text).join("")).toMatch(/exposed dashboard/);
    expect(summary?.body.filter((p) => p.change === "added").map((p) => p.text).join("")).toMatch(/leaked service-account token/);
    expect(compared.comparison?.sections.filter((s) => s.key !== "summary").every((s) => s.change === "unchanged")).toBe(true);

    const api = await compareRevisionsOfReview(lead, compared.postMortemId, 2, 1);
    expect(api).toMatchObject({ revision: 2, sha256: second.sha256, against: { number: 1 } });
    expect(api.comparison?.sections).toEqual(compared.comparison?.sections);

    await expectAppError(readRevisionView(lead, incident.id, { revision: 3 }), "NOT_FOUND", /Revision 3/);
    await expectAppError(readRevisionView(lead, incident.id, { revision: 2, against: 7 }), "NOT_FOUND", /Revision 7/);
  });

  it("export an earlier revision as it was published, with that revision's hash", async () => {
    const { lead, review, first, second } = await twiceRevisedReview();

    const latest = await exportPostMortem(lead, review.id, "md");
    expect(latest.hash).toBe(second.sha256);
    const earlier = await exportPostMortem(lead, review.id, "md", 1);
    expect(earlier.hash).toBe(first.sha256);
    expect(earlier.fileName).toMatch(/-post-mortem-r1\.md$/);
    expect(earlier.body).toContain("exposed dashboard");
    expect(earlier.body).not.toContain("leaked service-account token");

    const pdf = await exportPostMortem(lead, review.id, "pdf", 1);
    const { text } = await extractText(new Uint8Array(pdf.body as Buffer), { mergePages: true });
    expect(text).toContain("exposed dashboard");
    expect(text).toContain(first.sha256);

    await expectAppError(exportPostMortem(lead, review.id, "md", 9), "NOT_FOUND", /Revision 9/);
  });

  it("do not exist for someone who may not see the restricted incident", async () => {
    const { incident, review } = await twiceRevisedReview({ restricted: true });
    const outsider = await makeUser("LEAD");
    await expectAppError(readRevisionView(outsider, incident.id, { revision: 1 }), "NOT_FOUND");
    await expectAppError(compareRevisionsOfReview(outsider, review.id, 2, 1), "NOT_FOUND");
    await expectAppError(exportPostMortem(outsider, review.id, "pdf", 1), "NOT_FOUND");
    expect((await readRevisionView(await makeUser("AUDITOR"), incident.id, { revision: 1 })).revision.number).toBe(1);
  });
});
