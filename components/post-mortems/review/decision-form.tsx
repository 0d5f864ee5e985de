"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { useReviewAction } from "../use-review-action";

type Decision = { decision: "APPROVED" | "CHANGES_REQUESTED"; comment: string };

// A named reviewer's say on the revision under review. Asking for changes
// needs a comment, so the authors know what to change.
export function DecisionForm({ postMortemId, incidentId }: { postMortemId: string; incidentId: string }) {
  const [comment, setComment] = useState("");
  const decide = useReviewAction<Decision>(incidentId, (body) => ({ path: `/api/v1/post-mortems/${postMortemId}/decision`, method: "POST", body }));
  return (
    <div className="mt-3 space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <label htmlFor="review-comment" className="block text-sm font-medium">Your review</label>
      <Textarea id="review-comment" value={comment} onChange={(event) => setComment(event.target.value)} maxLength={5000} placeholder="Comment (required to ask for changes)" />
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={decide.isPending} onClick={() => decide.mutate({ decision: "APPROVED", comment }, { onSuccess: () => setComment("") })}>Approve</Button>
        <Button size="sm" variant="secondary" disabled={decide.isPending || !comment.trim()} onClick={() => decide.mutate({ decision: "CHANGES_REQUESTED", comment }, { onSuccess: () => setComment("") })}>
          Ask for changes
        </Button>
      </div>
      {decide.error && <Alert tone="error">{decide.error.message}</Alert>}
    </div>
  );
}
