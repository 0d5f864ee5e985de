import "server-only";
import { db } from "@/lib/db";
import { DOCUMENT_FORMAT, type PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { AUTHORED_SELECT, authoredPeople, toAuthored } from "./draft/read-authored";
import { readHeader } from "./draft/read-header";
import { readImpact } from "./draft/read-impact";
import { readStatusChanges, summarizeKeyTimes } from "./draft/read-key-times";
import { readRegulatory } from "./draft/read-regulatory";
import { readDocumentTimeline } from "./draft/read-timeline";
import { readUserNames } from "./draft/read-user-names";

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
      ...AUTHORED_SELECT,
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
  const names = await readUserNames([...authoredPeople(review), ...review.actionItems.map((a) => a.ownerId), ...review.reviewers.map((r) => r.userId)]);
  return {
    format: DOCUMENT_FORMAT,
    postMortem: { id: review.id, state: review.state, revision: review.revision, templateKey: review.templateKey, requiredApprovals: review.requiredApprovals },
    header,
    ...times,
    timeline,
    impact,
    regulatory,
    ...toAuthored(review, names),
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
