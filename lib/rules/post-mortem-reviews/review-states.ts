// The review's own state machine, apart from the incident's. A review is
// written in DRAFT, read by its named reviewers IN_REVIEW and frozen once
// PUBLISHED. Changing a published review never edits it in place: it opens
// a new revision (back to DRAFT with the number incremented), so what was
// published stays readable exactly as it was.

export const REVIEW_STATES = ["DRAFT", "IN_REVIEW", "PUBLISHED"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, string>> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
};

export type ReviewMove = "submit" | "withdraw" | "request_changes" | "publish" | "new_revision";

const MOVES: Readonly<Record<ReviewMove, { from: ReviewState; to: ReviewState }>> = {
  submit: { from: "DRAFT", to: "IN_REVIEW" },
  // The authors take it back themselves, e.g. to add a section they forgot.
  withdraw: { from: "IN_REVIEW", to: "DRAFT" },
  request_changes: { from: "IN_REVIEW", to: "DRAFT" },
  publish: { from: "IN_REVIEW", to: "PUBLISHED" },
  new_revision: { from: "PUBLISHED", to: "DRAFT" },
};

const WRONG_STATE: Readonly<Record<ReviewMove, string>> = {
  submit: "Only a draft can be sent for review",
  withdraw: "Only a review that is in review can be taken back to draft",
  request_changes: "Changes can be asked for only while the review is in review",
  publish: "Only a review that is in review can be published: send it for review first",
  new_revision: "Only a published review gets a new revision; this one can still be edited",
};

export type MoveCheck = { allowed: true; to: ReviewState } | { allowed: false; reason: string };

/** Whether `move` exists from `state`; the guards (reviewers, approvals) are checked apart. */
export function checkReviewMove(state: ReviewState, move: ReviewMove): MoveCheck {
  const edge = MOVES[move];
  if (edge.from !== state) return { allowed: false, reason: `${WRONG_STATE[move]} (it is ${REVIEW_STATE_LABELS[state].toLowerCase()}).` };
  return { allowed: true, to: edge.to };
}

/** Content (sections, included events) may change only before publishing. */
export function checkContentEditable(state: ReviewState): { allowed: true } | { allowed: false; reason: string } {
  if (state !== "PUBLISHED") return { allowed: true };
  return { allowed: false, reason: "This revision is published and frozen: start a new revision to change it." };
}

/** The revision a new revision gets: one past the published one. */
export function nextRevisionNumber(current: number): number {
  return current + 1;
}
