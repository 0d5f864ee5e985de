import "server-only";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { checkReviewMove, type ReviewMove, type ReviewState } from "@/lib/rules/post-mortem-reviews/review-states";

// Applies one move of the review state machine, conditionally on the state
// the caller read, so two people moving the review at once cannot both win.
export async function moveReview(tx: Tx, review: { id: string; state: ReviewState }, move: ReviewMove, data: { revision?: number } = {}) {
  const check = checkReviewMove(review.state, move);
  if (!check.allowed) throw conflict(check.reason);
  const updated = await tx.postMortem.updateMany({ where: { id: review.id, state: review.state }, data: { state: check.to, ...data } });
  if (updated.count !== 1) throw conflict("Someone else changed this review at the same moment. Reload and try again.");
  return check.to;
}
