"use client";
import { Star } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/input";
import { useTimeline, type TimelineView } from "@/lib/incidents/queries";
import { TIMELINE_GROUPS } from "@/lib/rules/incidents/timeline-groups";
import { groupTimeline } from "./group-timeline";
import { TimelineActionEntry } from "./timeline-action-entry";
import { TimelineEvent } from "./timeline-event";
import { useIncidentAction } from "./use-incident-action";

const TYPES: [string, string][] = [
  ["note", "Notes"],
  ["status_changed", "Status changes"],
  ["role_assigned", "Role assignments"],
  ["lead_handed_over", "Lead handovers"],
  ["task_completed", "Tasks completed"],
  ["severity_changed", "Severity changes"],
  ["acknowledged", "Acknowledgements"],
  ["key_time_corrected", "Key time corrections"],
  ["participant_added", "Participants added"],
  ["participant_removed", "Participants removed"],
  ...Object.entries(TIMELINE_GROUPS).map(([key, group]): [string, string] => [key, group.label]),
];

export function TimelinePanel({ incidentId, initial, timeZone, canWrite }: { incidentId: string; initial: { events: TimelineView[]; nextBefore: string | null }; timeZone: string; canWrite: boolean }) {
  const [type, setType] = useState("");
  const [keyOnly, setKeyOnly] = useState(false);
  const [body, setBody] = useState("");
  const [isKey, setIsKey] = useState(false);
  const filters = Object.fromEntries(Object.entries({ type, keyOnly: keyOnly ? "true" : "" }).filter(([, v]) => v));
  const { data, isLoading } = useTimeline(incidentId, filters, initial);
  const addNote = useIncidentAction<{ body: string; isKey: boolean }>(incidentId, (input) => ({ path: "/timeline", method: "POST", body: input }));
  const markKey = useIncidentAction<{ eventId: string; isKey: boolean }>(incidentId, ({ eventId, ...input }) => ({ path: `/timeline/${eventId}`, method: "PATCH", body: input }));

  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="text-sm font-semibold">Timeline</h2>
        <div className="flex items-center gap-2 text-sm">
          <Select value={type} onChange={(e) => setType(e.target.value)} aria-label="Filter by event type" className="h-8 w-auto py-0">
            <option value="">All events</option>
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </Select>
          <label className="flex items-center gap-1"><input type="checkbox" checked={keyOnly} onChange={(e) => setKeyOnly(e.target.checked)} /> Key only</label>
        </div>
      </div>
      {canWrite && (
        <form
          className="mb-4 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) addNote.mutate({ body, isKey }, { onSuccess: () => { setBody(""); setIsKey(false); } });
          }}
        >
          <label htmlFor="note-body" className="sr-only">Add a note (Markdown)</label>
          <Textarea
            id="note-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            placeholder="Add a note — what you saw, did or decided. Markdown works. Ctrl+Enter posts."
            maxLength={20_000}
            rows={3}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
            }}
          />
          <div className="flex items-center justify-between">
            <label className="flex items-center gap-1 text-sm"><input type="checkbox" checked={isKey} onChange={(e) => setIsKey(e.target.checked)} /> <Star className="size-3.5" aria-hidden /> Key event</label>
            <Button type="submit" size="sm" disabled={!body.trim() || addNote.isPending}>Post note</Button>
          </div>
          {addNote.error && <Alert tone="error">{addNote.error.message}</Alert>}
        </form>
      )}
      {isLoading ? (
        <p className="text-sm text-zinc-500" role="status">Loading the timeline…</p>
      ) : (data?.events.length ?? 0) === 0 ? (
        <p className="text-sm text-zinc-500">No events match.</p>
      ) : (
        <ol className="space-y-3" aria-label="Timeline events">
          {groupTimeline(data!.events).map((item) =>
            item.kind === "action" ? (
              <TimelineActionEntry key={`action-${item.actionId}`} incidentId={incidentId} actionId={item.actionId} latest={item.latest} events={item.events} timeZone={timeZone} />
            ) : (
              <TimelineEvent key={item.event.id} event={item.event} timeZone={timeZone} onToggleKey={canWrite ? () => markKey.mutate({ eventId: item.event.id, isKey: !item.event.isKey }) : undefined} />
            ),
          )}
        </ol>
      )}
    </section>
  );
}
