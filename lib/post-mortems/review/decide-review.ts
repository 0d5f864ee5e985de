import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { checkDecision } from "@/lib/rules/post-mortem-reviews/approvals";
import { parseInput } from "@/lib/validation";
import { loadApprovalStatus } from "./approval-status";
import { lockPostMortem } from "./lock-post-mortem";
import { moveReview } from "./move-review";
import { ZDecideReviewInput, type TDecideReviewInput } from "./schemas";

// A named reviewer approves the revision under review, or asks for changes
// with a comment, which sends the review back to its authors (DRAFT).
export async function decideReview(user: SessionUser, actor: Actor, postMortemId: string, input: TDecideReviewInput, now = new Date()) {
  const { decision, comment } = parseInput(ZDecideReviewInput, input);
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    const { reviewers, revision } = await loadApprovalStatus(tx, postMortem);
    const refusal = checkDecision({ state: postMortem.state, reviewerIds: reviewers.map((row) => row.userId), userId: user.id, decision, comment });
    if (refusal?.kind === "not_reviewer") throw new AppError("FORBIDDEN", refusal.message);
    if (refusal?.kind === "comment_required") throw new AppError("BAD_REQUEST", refusal.message, { fields: { comment: [refusal.message] } });
    if (refusal) throw conflict(refusal.message);
    await tx.postMortemReviewer.update({
      where: { postMortemId_userId: { postMortemId, userId: user.id } },
      data: { decision, comment, decidedAt: now, revision },
      select: { userId: true },
    });
    const state = decision === "CHANGES_REQUESTED" ? await moveReview(tx, postMortem, "request_changes") : postMortem.state;
    await recordPostMortemChange(tx, actor, postMortem, {
      type: decision === "APPROVED" ? "approved" : "changes_requested",
      data: { revision, reviewer: { id: user.id, name: user.name }, ...(comment ? { comment } : {}) },
    });
    return { decision, revision, state };
  });
}
