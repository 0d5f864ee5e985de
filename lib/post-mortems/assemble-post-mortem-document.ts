import "server-only";
import { db } from "@/lib/db";
import { DOCUMENT_FORMAT, type PostMortemDocument, type SeverityProposal } from "@/lib/rules/post-mortems/document-types";
import { readHeader } from "./draft/read-header";
import { readImpact } from "./draft/read-impact";
import { readStatusChanges, summarizeKeyTimes } from "./draft/read-key-times";
import { readRegulatory } from "./draft/read-regulatory";
import { readDocumentTimeline } from "./draft/read-timeline";
import { readUserNames } from "./draft/read-user-names";
import { readFactors } from "./section-data";

/**
 * The whole review as one JSON document, drafted from the live record plus
 * what the authors wrote. The reading view and the exports show it; publishing
 * freezes it into a revision. It does not check visibility: callers find the
 * review through findVisiblePostMortem first.
 */
export async function assemblePostMortemDocument(postMortemId: string, now = new Date()): Promise<PostMortemDocument> {
  const review = await db.postMortem.findUniqueOrThrow({
    where: { id: postMortemId },
    select: {
      id: true,
      incidentId: true,
      state: true,
      revision: true,
      templateKey: true,
      requiredApprovals: true,
      severityProposal: true,
      severityAppliedAt: true,
      severityAppliedById: true,
      sections: { orderBy: { position: "asc" }, select: { key: true, title: true, prompt: true, kind: true, body: true, data: true, version: true, updatedById: true, updatedAt: true } },
      actionItems: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, ownerId: true, dueAt: true, priority: true, kind: true, state: true, stateReason: true, externalUrl: true },
      },
      reviewers: { orderBy: { addedAt: "asc" }, select: { userId: true, decision: true, comment: true, decidedAt: true, revision: true } },
    },
  });
  const [{ header, keyTimes, publishedAt, publicTitle }, changes, timeline, regulatory] = await Promise.all([
    readHeader(review.incidentId),
    readStatusChanges(review.incidentId),
    readDocumentTimeline(review.id, review.incidentId),
    readRegulatory(review.incidentId, now),
  ]);
  const times = summarizeKeyTimes(keyTimes, changes, now);
  const impact = await readImpact(review.incidentId, publishedAt, publicTitle, keyTimes.resolvedAt);
  const proposal = review.severityProposal as Omit<SeverityProposal, "appliedAt" | "appliedBy"> | null;
  const names = await readUserNames([
    ...review.sections.map((s) => s.updatedById),
    ...review.actionItems.map((a) => a.ownerId),
    ...review.reviewers.map((r) => r.userId),
    review.severityAppliedById,
  ]);
  return {
    format: DOCUMENT_FORMAT,
    postMortem: { id: review.id, state: review.state, revision: review.revision, templateKey: review.templateKey, requiredApprovals: review.requiredApprovals },
    header,
    ...times,
    timeline,
    impact,
    regulatory,
    sections: review.sections.map((s) => ({
      key: s.key,
      title: s.title,
      prompt: s.prompt,
      kind: s.kind,
      body: s.body,
      factors: readFactors(s.data),
      version: s.version,
      updatedBy: names(s.updatedById)?.name ?? null,
      updatedAt: s.updatedAt.toISOString(),
    })),
    severityProposal: proposal
      ? { ...proposal, appliedAt: review.severityAppliedAt?.toISOString() ?? null, appliedBy: names(review.severityAppliedById)?.name ?? null }
      : null,
    actionItems: review.actionItems.map((a) => ({
      id: a.id,
      title: a.title,
      owner: names(a.ownerId)!,
      dueAt: a.dueAt.toISOString(),
      priority: a.priority,
      kind: a.kind,
      state: a.state,
      stateReason: a.stateReason,
      externalUrl: a.externalUrl,
    })),
    reviewers: review.reviewers.map((r) => ({
      person: names(r.userId)!,
      decision: r.decision,
      comment: r.comment,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      revision: r.revision,
    })),
    asOf: now.toISOString(),
  };
}
