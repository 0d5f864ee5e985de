import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { loadApprovalStatus } from "./approval-status";
import { lockPostMortem } from "./lock-post-mortem";
import { moveReview } from "./move-review";

// Sends a draft to its reviewers (DRAFT → IN_REVIEW) and tells each of them.
// A review that needs approvals needs someone named to give them.
export async function submitReview(user: SessionUser, actor: Actor, postMortemId: string, now = new Date()) {
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    const { reviewers, revision } = await loadApprovalStatus(tx, postMortem);
    if (postMortem.state === "DRAFT" && postMortem.requiredApprovals > 0 && reviewers.length === 0) {
      throw conflict("Name at least one reviewer before sending the review for review.");
    }
    const state = await moveReview(tx, postMortem, "submit");
    await recordPostMortemChange(tx, actor, postMortem, { type: "submitted", data: { revision, reviewers: reviewers.map((row) => row.userId) } });
    const others = reviewers.map((row) => row.userId).filter((id) => id !== user.id);
    if (others.length > 0) {
      await queueNotification(tx, {
        type: "review_requested",
        incidentId: postMortem.incidentId,
        userIds: others,
        personalOnly: true,
        data: { postMortemId, requestedBy: user.name, revision },
        now,
      });
    }
    return { state, revision };
  });
}
