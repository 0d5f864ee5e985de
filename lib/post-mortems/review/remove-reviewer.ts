import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { assertCanManageReviewers } from "./can-manage-reviewers";
import { lockPostMortem } from "./lock-post-mortem";

// Takes a reviewer off a review that is not published; their decision then
// no longer counts. A published revision keeps the reviewers it had.
export async function removeReviewer(user: SessionUser, actor: Actor, postMortemId: string, reviewerId: string) {
  return transaction(async (tx) => {
    const { postMortem, incident } = await lockPostMortem(tx, user, postMortemId);
    assertCanManageReviewers(user, incident);
    if (postMortem.state === "PUBLISHED") throw conflict("This revision is published: its reviewers stay on record. Start a new revision to change them.");
    if (!isUuid(reviewerId)) throw notFound("Reviewer");
    const removed = await tx.postMortemReviewer.deleteMany({ where: { postMortemId, userId: reviewerId } });
    if (removed.count === 0) throw notFound("Reviewer");
    const person = await tx.user.findUnique({ where: { id: reviewerId }, select: { name: true } });
    await recordPostMortemChange(tx, actor, postMortem, { type: "reviewer_removed", data: { reviewer: { id: reviewerId, name: person?.name ?? "Unknown user" } } });
    return { userId: reviewerId, removed: true };
  });
}
