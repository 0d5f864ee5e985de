import "server-only";
import type { db, Tx } from "@/lib/db";
import { evaluateApprovals, type DecisionRecord } from "@/lib/rules/post-mortem-reviews/approvals";

type Review = { id: string; state: string; revision: number; requiredApprovals: number; createdById: string };

/** The revision reviewers are deciding on: the published one, or the one being prepared. */
export function revisionUnderReview(review: Pick<Review, "state" | "revision">): number {
  return review.state === "PUBLISHED" ? review.revision : review.revision + 1;
}

// Reviewers, the review's authors (its creator and whoever saved a section)
// and whether the approvals suffice, for the publish check and the panel.
export async function loadApprovalStatus(client: Tx | typeof db, review: Review) {
  const [reviewers, sectionAuthors] = await Promise.all([
    client.postMortemReviewer.findMany({
      where: { postMortemId: review.id },
      orderBy: [{ addedAt: "asc" }, { userId: "asc" }],
      select: { userId: true, decision: true, comment: true, decidedAt: true, revision: true, addedAt: true },
    }),
    client.postMortemSection.findMany({ where: { postMortemId: review.id, updatedById: { not: null } }, distinct: ["updatedById"], select: { updatedById: true } }),
  ]);
  const authorIds = [...new Set([review.createdById, ...sectionAuthors.map((row) => row.updatedById!)])];
  const revision = revisionUnderReview(review);
  const decisions: DecisionRecord[] = reviewers.flatMap((row) =>
    row.decision === "PENDING" || row.revision === null || row.decidedAt === null
      ? []
      : [{ reviewerId: row.userId, decision: row.decision, revision: row.revision, decidedAt: row.decidedAt }],
  );
  const status = evaluateApprovals({ required: review.requiredApprovals, revision, reviewerIds: reviewers.map((row) => row.userId), authorIds, decisions });
  return { reviewers, authorIds, revision, status };
}
