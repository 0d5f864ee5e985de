import { describe, expect, it } from "vitest";
import { checkContentEditable, checkReviewMove, nextRevisionNumber, REVIEW_STATES, type ReviewMove, type ReviewState } from "./review-states";

describe("review state machine", () => {
  const allowed: [ReviewState, ReviewMove, ReviewState][] = [
    ["DRAFT", "submit", "IN_REVIEW"],
    ["IN_REVIEW", "withdraw", "DRAFT"],
    ["IN_REVIEW", "request_changes", "DRAFT"],
    ["IN_REVIEW", "publish", "PUBLISHED"],
    ["PUBLISHED", "new_revision", "DRAFT"],
  ];
  it.each(allowed)("%s --%s--> %s", (from, move, to) => {
    expect(checkReviewMove(from, move)).toEqual({ allowed: true, to });
  });

  it("refuses every other move with a reason naming the current state", () => {
    const moves: ReviewMove[] = ["submit", "withdraw", "request_changes", "publish", "new_revision"];
    for (const state of REVIEW_STATES) {
      for (const move of moves) {
        if (allowed.some(([from, m]) => from === state && m === move)) continue;
        const check = checkReviewMove(state, move);
        expect(check.allowed, `${state} ${move}`).toBe(false);
        if (!check.allowed) expect(check.reason).toMatch(/\(it is (draft|in review|published)\)\.$/);
      }
    }
  });

  it("publishing a draft tells the author to send it for review first", () => {
    expect(checkReviewMove("DRAFT", "publish")).toEqual({
      allowed: false,
      reason: "Only a review that is in review can be published: send it for review first (it is draft).",
    });
  });

  it("freezes published content and points to a new revision", () => {
    expect(checkContentEditable("DRAFT")).toEqual({ allowed: true });
    expect(checkContentEditable("IN_REVIEW")).toEqual({ allowed: true });
    expect(checkContentEditable("PUBLISHED")).toEqual({ allowed: false, reason: "This revision is published and frozen: start a new revision to change it." });
  });

  it("numbers the next revision one past the published one", () => {
    expect(nextRevisionNumber(1)).toBe(2);
    expect(nextRevisionNumber(7)).toBe(8);
  });
});
