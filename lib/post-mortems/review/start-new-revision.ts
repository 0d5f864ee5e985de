import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { nextRevisionNumber } from "@/lib/rules/post-mortem-reviews/review-states";
import { lockPostMortem } from "./lock-post-mortem";
import { moveReview } from "./move-review";

// Reopens a published review for changes: back to DRAFT, preparing the next
// revision. The published revisions stay as they were; approvals given on
// them do not count for the new one.
export async function startNewRevision(user: SessionUser, actor: Actor, postMortemId: string) {
  return transaction(async (tx) => {
    const { postMortem } = await lockPostMortem(tx, user, postMortemId);
    const state = await moveReview(tx, postMortem, "new_revision");
    const preparing = nextRevisionNumber(postMortem.revision);
    await recordPostMortemChange(tx, actor, postMortem, { type: "revision_started", data: { revision: preparing, after: postMortem.revision } });
    return { state, revision: postMortem.revision, preparing };
  });
}
