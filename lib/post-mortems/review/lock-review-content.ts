import "server-only";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { checkContentEditable, type ReviewState } from "@/lib/rules/post-mortem-reviews/review-states";

// Taken by every change to a review's text (sections, timeline choices)
// inside its transaction: a shared lock on the review's row, which waits
// for a publish in progress (it locks the row for update) and is waited on
// by one, so a published revision always holds every save that committed
// before it, and no save lands after it. A published review is frozen: it
// changes only through a new revision.
export async function lockReviewContent(tx: Tx, postMortemId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ state: ReviewState }[]>`select state::text as state from post_mortems where id = ${postMortemId}::uuid for share`;
  const state = rows[0]?.state;
  if (!state) return;
  const check = checkContentEditable(state);
  if (!check.allowed) throw conflict(check.reason);
}

/** Publishing's side of the same lock. */
export async function lockReviewForPublish(tx: Tx, postMortemId: string): Promise<void> {
  await tx.$executeRaw`select 1 from post_mortems where id = ${postMortemId}::uuid for update`;
}
