import { Badge, type BadgeTone } from "@/components/ui/badge";
import { REVIEW_STATE_LABELS, type ReviewState } from "@/lib/rules/post-mortem-reviews/review-states";

const TONE: Record<ReviewState, BadgeTone> = { DRAFT: "neutral", IN_REVIEW: "yellow", PUBLISHED: "green" };

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return <Badge tone={TONE[state]}>{REVIEW_STATE_LABELS[state]}</Badge>;
}
