// The incident close guard's answer for the post-mortem module: a severity
// that demands a review lets its incident close once the review is
// published, or once an admin waived it with a reason. The incident rules
// (lib/rules/incidents/transition-guards.ts) phrase the blocked move.

import { DEFAULT_CLOSE_GUARDS, requirePublishedPostMortem, type TransitionGuard } from "../incidents/transition-guards";

export interface CloseGuardFacts {
  closeRequiresPostMortem: boolean;
  /** Null when no review was drafted yet. */
  reviewState: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | null;
  /** Whether any revision was ever published: a later draft revision does not undo that. */
  everPublished: boolean;
  waived: boolean;
}

/** The value the incident guard reads as `postMortemPublished`. */
export function postMortemSatisfied(facts: CloseGuardFacts): boolean {
  if (!facts.closeRequiresPostMortem || facts.waived) return true;
  return facts.reviewState === "PUBLISHED" || facts.everPublished;
}

/** What to do next, said after the guard's own message. */
export function explainMissingReview(facts: CloseGuardFacts): string | null {
  if (postMortemSatisfied(facts)) return null;
  switch (facts.reviewState) {
    case null:
      return "No review has been drafted yet: draft it from the incident, or an administrator can waive it with a reason.";
    case "DRAFT":
      return "The review is a draft: send it for review, get the approvals and publish it, or an administrator can waive it with a reason.";
    default:
      return "The review is in review: publish it once approved, or an administrator can waive it with a reason.";
  }
}

/**
 * The incident's close guards with the post-mortem guard saying what to do
 * next: the generic "publish it first" plus where the review stands.
 */
export function closeGuardsWithReview(facts: CloseGuardFacts): readonly TransitionGuard[] {
  const explained: TransitionGuard = (ctx, move) => {
    const reasons = requirePublishedPostMortem(ctx, move);
    const next = explainMissingReview(facts);
    return reasons.length > 0 && next ? reasons.map((reason) => `${reason} ${next}`) : reasons;
  };
  return DEFAULT_CLOSE_GUARDS.map((guard) => (guard === requirePublishedPostMortem ? explained : guard));
}
