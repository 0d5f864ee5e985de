"use client";
import { FileText } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { SeverityBadge } from "@/components/incidents/severity-badge";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { usePostMortemList, type PostMortemListView } from "@/lib/post-mortems/review/queries";
import { REVIEW_STATE_LABELS, REVIEW_STATES } from "@/lib/rules/post-mortem-reviews/review-states";
import { Pager, pageParams } from "./pager";
import { ReviewStateBadge } from "./state-badge";

const STATE_FILTERS = [["all", "All"], ...REVIEW_STATES.map((state) => [state, REVIEW_STATE_LABELS[state]])] as const;

export function ReviewList({ initial, timeZone }: { initial: PostMortemListView; timeZone: string }) {
  const [state, setState] = useState("all");
  const [cursors, setCursors] = useState<string[]>([]);
  const params = pageParams(state === "all" ? {} : { state }, cursors);
  const { data, error, isFetching } = usePostMortemList(params, initial);
  const reviews = data?.postMortems ?? [];

  return (
    <section aria-labelledby="reviews-heading" aria-busy={isFetching}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="reviews-heading" className="text-lg font-semibold">Reviews</h2>
        <div role="group" aria-label="Filter reviews by state" className="flex flex-wrap gap-1">
          {STATE_FILTERS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={state === value}
              onClick={() => {
                setState(value);
                setCursors([]);
              }}
              className={cn(
                "rounded-md px-2.5 py-1 text-sm ring-1 ring-zinc-200 ring-inset dark:ring-zinc-700",
                state === value ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white hover:bg-zinc-50 dark:bg-zinc-900 dark:hover:bg-zinc-800",
              )}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {error && <Alert tone="error">{error.message}</Alert>}
      {!data && isFetching && <p role="status" className="text-sm text-zinc-500">Loading reviews…</p>}
      {data && reviews.length === 0 && (
        <EmptyState icon={<FileText className="size-8" />} title={state === "all" ? "No post-mortems yet" : `No ${REVIEW_STATE_LABELS[state as keyof typeof REVIEW_STATE_LABELS].toLowerCase()} reviews`}>
          Once an incident reaches the post-incident phase, its review is drafted from the timeline, with action items to track.
        </EmptyState>
      )}
      {reviews.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {reviews.map((review) => (
            <li key={review.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3" data-testid="review-row">
              <div className="min-w-0">
                <Link href={`/incidents/${review.incidentId}/post-mortem${review.state === "PUBLISHED" ? "/read" : ""}`} className="font-medium break-words hover:underline">
                  <span className="text-zinc-500">{review.incident.reference}</span> {review.incident.title}
                </Link>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  {review.authors.map((author) => author.name).join(", ") || "No authors yet"} · updated <LocalTime at={review.updatedAt} timeZone={timeZone} />
                </p>
              </div>
              <div className="flex items-center gap-2">
                <SeverityBadge severityKey={review.incident.severityKey} rank={review.incident.severityRank} />
                <ReviewStateBadge state={review.state} revision={review.revision} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager label="Reviews pages" cursors={cursors} nextCursor={data?.nextCursor} onChange={setCursors} />
    </section>
  );
}
