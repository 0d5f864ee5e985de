"use client";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useReviewTimeline, type ReviewTimelineData } from "@/lib/post-mortems/queries";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/rules/post-mortems/event-kinds";
import { useReviewAction } from "../use-review-action";

type Event = ReviewTimelineData["events"][number];

// Every event of the incident, filterable by kind; the author pulls events
// into the review (key events are in by default) and says what they meant.
export function ReviewTimelinePanel({ postMortemId, incidentId, timeZone, canEdit }: { postMortemId: string; incidentId: string; timeZone: string; canEdit: boolean }) {
  const [kind, setKind] = useState("");
  const [before, setBefore] = useState<string[]>([]);
  const filters = { ...(kind ? { kind } : {}), ...(before.length ? { before: before[before.length - 1]! } : {}) };
  const { data, isLoading, error } = useReviewTimeline(incidentId, postMortemId, filters);
  return (
    <aside className="space-y-3" aria-label="The incident's timeline">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-base font-semibold">Timeline</h2>
        <label className="flex items-center gap-2 text-sm">
          <span>Show</span>
          <Select
            aria-label="Kind of event"
            className="h-8 w-48 py-0"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value);
              setBefore([]);
            }}
          >
            <option value="">All events</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVENT_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {error && <Alert tone="error">{error.message}</Alert>}
      {isLoading && <p className="text-sm text-zinc-500">Loading…</p>}
      <ol className="space-y-2" data-testid="review-timeline">
        {data?.events.map((event) => <EventRow key={event.id} event={event} postMortemId={postMortemId} incidentId={incidentId} timeZone={timeZone} canEdit={canEdit} />)}
      </ol>
      {data && data.events.length === 0 && <p className="text-sm text-zinc-500">No events of this kind.</p>}
      <div className="flex gap-2">
        {before.length > 0 && (
          <Button size="sm" variant="secondary" onClick={() => setBefore((b) => b.slice(0, -1))}>
            Newer
          </Button>
        )}
        {data?.nextBefore && (
          <Button size="sm" variant="secondary" onClick={() => setBefore((b) => [...b, data.nextBefore!])}>
            Older
          </Button>
        )}
      </div>
    </aside>
  );
}

function EventRow({ event, postMortemId, incidentId, timeZone, canEdit }: { event: Event; postMortemId: string; incidentId: string; timeZone: string; canEdit: boolean }) {
  const [commentary, setCommentary] = useState(event.commentary);
  const select = useReviewAction<{ included: boolean; commentary: string }>(incidentId, (body) => ({ path: `/api/v1/post-mortems/${postMortemId}/timeline/${event.id}`, method: "PUT", body }));
  return (
    <li className={`rounded-md border-l-4 bg-white py-1.5 pl-3 pr-2 dark:bg-zinc-900 ${event.included ? "border-brand-600" : "border-zinc-200 dark:border-zinc-700"}`} data-testid="review-event" data-kind={event.kind}>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          aria-label={`Include in the review: ${event.text.slice(0, 80)}`}
          checked={event.included}
          disabled={!canEdit || select.isPending}
          onChange={(e) => select.mutate({ included: e.target.checked, commentary })}
        />
        <div className="min-w-0 flex-1">
          <p className="text-xs text-zinc-500">
            <LocalTime at={event.at} timeZone={timeZone} /> · {EVENT_KIND_LABELS[event.kind]}
            {event.isKey ? " · key event" : ""}
          </p>
          <p className="break-words text-sm">{event.text}</p>
          {canEdit && event.included && (
            <Input
              aria-label="Commentary"
              className="mt-1 h-8 text-xs"
              placeholder="What this meant for the response"
              value={commentary}
              onChange={(e) => setCommentary(e.target.value)}
              onBlur={() => commentary !== event.commentary && select.mutate({ included: true, commentary })}
            />
          )}
          {!canEdit && event.commentary && <p className="text-xs italic text-zinc-600 dark:text-zinc-400">{event.commentary}</p>}
          {select.error && <p className="text-xs text-red-600 dark:text-red-400">{select.error.message}</p>}
        </div>
      </div>
    </li>
  );
}
