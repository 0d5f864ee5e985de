"use client";
import { X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ReviewView } from "@/lib/post-mortems/review/queries";

const DECISION = {
  PENDING: { label: "Waiting", tone: "neutral" },
  APPROVED: { label: "Approved", tone: "green" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "orange" },
} as const;

export function ReviewerList({ review, onRemove, removing }: { review: ReviewView; onRemove?: (userId: string) => void; removing: boolean }) {
  if (review.reviewers.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No reviewers named yet.</p>;
  return (
    <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
      {review.reviewers.map((reviewer) => {
        const decision = DECISION[reviewer.decision];
        return (
          <li key={reviewer.userId} className="py-2" data-testid="reviewer">
            <div className="flex items-center justify-between gap-2">
              <span className="font-medium">{reviewer.name}</span>
              <span className="flex items-center gap-2">
                <Badge tone={decision.tone}>{decision.label}</Badge>
                {onRemove && (
                  <Button size="sm" variant="ghost" disabled={removing} onClick={() => onRemove(reviewer.userId)} aria-label={`Remove ${reviewer.name} as reviewer`}>
                    <X className="size-4" aria-hidden />
                  </Button>
                )}
              </span>
            </div>
            {reviewer.comment && <p className="mt-1 text-sm whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">“{reviewer.comment}”</p>}
          </li>
        );
      })}
    </ul>
  );
}
