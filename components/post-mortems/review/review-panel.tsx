"use client";
import { ShieldCheck } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { useReview } from "@/lib/post-mortems/review/queries";
import type { ReviewState } from "@/lib/rules/post-mortem-reviews/review-states";
import { DecisionForm } from "./decision-form";
import { ReviewStateBadge } from "../state-badge";
import { ReviewerList } from "./reviewer-list";
import { useReviewAction } from "../use-review-action";

type Props = { postMortemId: string; incidentId: string; state: ReviewState; revision: number; requiredApprovals: number; canEdit: boolean };

// Review and publish: who reviews, what they decided on this revision, and
// the one next step the review is waiting for.
export function ReviewPanel({ postMortemId, incidentId, canEdit, ...initial }: Props) {
  const { data: review, error } = useReview(postMortemId, incidentId);
  const [reviewerId, setReviewerId] = useState("");
  const base = `/api/v1/post-mortems/${postMortemId}`;
  const addReviewer = useReviewAction<string>(incidentId, (userId) => ({ path: `${base}/reviewers`, method: "POST", body: { userId } }));
  const removeReviewer = useReviewAction<string>(incidentId, (userId) => ({ path: `${base}/reviewers/${userId}`, method: "DELETE" }));
  const step = useReviewAction<"submit" | "publish" | "revisions">(incidentId, (path) => ({ path: `${base}/${path}`, method: "POST" }));

  const state = review?.state ?? initial.state;
  const published = review?.revision ?? initial.revision;
  const required = review?.approvals.required ?? initial.requiredApprovals;
  const canManage = canEdit && Boolean(review?.viewer.canManageReviewers) && state !== "PUBLISHED";
  const candidates = review?.people.filter((person) => !review.reviewers.some((reviewer) => reviewer.userId === person.id)) ?? [];
  const failure = error ?? addReviewer.error ?? removeReviewer.error ?? step.error;

  return (
    <section aria-labelledby="review-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="review-heading" className="mb-1 flex flex-wrap items-center gap-2 text-sm font-semibold">
        <ShieldCheck className="size-4" aria-hidden /> Review and publish <ReviewStateBadge state={state} revision={review?.revision ?? initial.revision} />
      </h2>
      <p className="mb-3 text-xs text-zinc-600 dark:text-zinc-400">
        {state === "PUBLISHED" ? `Revision ${published} is published and frozen.` : published > 0 ? `Preparing revision ${published + 1} (revision ${published} is published).` : "Not published yet."}{" "}
        {required === 0 ? "No approval needed for this severity." : `Needs ${required} ${required === 1 ? "approval" : "approvals"}${review ? `; has ${review.approvals.given}` : ""}.`}
      </p>

      {review && <ReviewerList review={review} removing={removeReviewer.isPending} onRemove={canManage ? (userId) => removeReviewer.mutate(userId) : undefined} />}

      {canManage && candidates.length > 0 && (
        <form
          className="mt-3 flex gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (reviewerId) addReviewer.mutate(reviewerId, { onSuccess: () => setReviewerId("") });
          }}
        >
          <Select aria-label="Reviewer to add" value={reviewerId} onChange={(event) => setReviewerId(event.target.value)}>
            <option value="">Choose a reviewer</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </Select>
          <Button type="submit" size="sm" variant="secondary" disabled={!reviewerId || addReviewer.isPending}>Add</Button>
        </form>
      )}

      {review?.viewer.isReviewer && state === "IN_REVIEW" && <DecisionForm postMortemId={postMortemId} incidentId={incidentId} />}

      {review && state === "IN_REVIEW" && !review.approvals.satisfied && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
          {review.approvals.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}

      {canEdit && (
        <div className="mt-3 flex flex-wrap gap-2">
          {state === "DRAFT" && <Button size="sm" disabled={step.isPending} onClick={() => step.mutate("submit")}>Send for review</Button>}
          {state === "IN_REVIEW" && (
            <Button size="sm" disabled={step.isPending || !review?.approvals.satisfied} onClick={() => step.mutate("publish")}>Publish</Button>
          )}
          {state === "PUBLISHED" && <Button size="sm" variant="secondary" disabled={step.isPending} onClick={() => step.mutate("revisions")}>Start a new revision</Button>}
        </div>
      )}
      {failure && <Alert tone="error" className="mt-3">{failure.message}</Alert>}
    </section>
  );
}
