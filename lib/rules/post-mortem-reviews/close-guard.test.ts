import { describe, expect, it } from "vitest";
import { checkTransition } from "../incidents/transitions";
import type { TransitionContext } from "../incidents/transition-guards";
import { closeGuardsWithReview, postMortemSatisfied, type CloseGuardFacts } from "./close-guard";

const facts = (overrides: Partial<CloseGuardFacts> = {}): CloseGuardFacts => ({
  closeRequiresPostMortem: true,
  reviewState: null,
  everPublished: false,
  waived: false,
  ...overrides,
});

const ctx = (postMortemPublished: boolean): TransitionContext => ({
  status: "POST_INCIDENT",
  severityPolicy: { key: "SEV1", closeRequiresPostMortem: true },
  hasLead: true,
  evidenceTasks: [],
  postMortemPublished,
  openTaskCount: 0,
  unsettledObligations: [],
});

describe("postMortemSatisfied", () => {
  it("blocks a SEV1 without a published review", () => {
    expect(postMortemSatisfied(facts())).toBe(false);
    expect(postMortemSatisfied(facts({ reviewState: "DRAFT" }))).toBe(false);
    expect(postMortemSatisfied(facts({ reviewState: "IN_REVIEW" }))).toBe(false);
  });
  it("passes once published, or once any revision was published", () => {
    expect(postMortemSatisfied(facts({ reviewState: "PUBLISHED", everPublished: true }))).toBe(true);
    expect(postMortemSatisfied(facts({ reviewState: "DRAFT", everPublished: true }))).toBe(true);
  });
  it("passes with an admin's waiver", () => expect(postMortemSatisfied(facts({ waived: true }))).toBe(true));
  it("passes when the severity does not need a review", () => expect(postMortemSatisfied(facts({ closeRequiresPostMortem: false }))).toBe(true));
});

describe("closeGuardsWithReview", () => {
  it("explains where the review stands when closing is blocked", () => {
    const f = facts({ reviewState: "IN_REVIEW" });
    const check = checkTransition(ctx(postMortemSatisfied(f)), "CLOSED", { closeGuards: closeGuardsWithReview(f) });
    expect(check).toEqual({
      allowed: false,
      kind: "advance",
      reasons: [
        "A SEV1 incident closes only after its post-mortem is published: publish it first. The review is in review: publish it once approved, or an administrator can waive it with a reason.",
      ],
    });
  });
  it("says no review exists yet", () => {
    const f = facts();
    const check = checkTransition(ctx(false), "CLOSED", { closeGuards: closeGuardsWithReview(f) });
    expect(check.allowed).toBe(false);
    if (!check.allowed) expect(check.reasons[0]).toMatch(/No review has been drafted yet/);
  });
  it("keeps the other close guards", () => {
    const f = facts({ reviewState: "PUBLISHED", everPublished: true });
    const check = checkTransition({ ...ctx(true), openTaskCount: 1 }, "CLOSED", { closeGuards: closeGuardsWithReview(f) });
    expect(check).toEqual({ allowed: false, kind: "advance", reasons: ["1 task is still open: finish or waive it before closing."] });
    expect(checkTransition(ctx(true), "CLOSED", { closeGuards: closeGuardsWithReview(f) }).allowed).toBe(true);
  });
});
