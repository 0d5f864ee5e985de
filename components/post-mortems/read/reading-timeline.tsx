"use client";
import { useId, useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Select } from "@/components/ui/input";
import type { DocumentTimelineEvent } from "@/lib/rules/post-mortems/document-types";
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from "@/lib/rules/post-mortems/event-kinds";

// The review's timeline as a reader takes it in: the key events first, the
// story in a dozen lines; then every event the review tells, filterable by
// kind (cluster actions, evidence, status updates, …).
export function ReadingTimeline({ events, totalEvents, timeZone }: { events: DocumentTimelineEvent[]; totalEvents: number; timeZone: string }) {
  const [kind, setKind] = useState<EventKind | "all">("all");
  const filterId = useId();
  const keyEvents = events.filter((e) => e.isKey);
  const kinds = EVENT_KINDS.filter((k) => events.some((e) => e.kind === k));
  const shown = kind === "all" ? events : events.filter((e) => e.kind === kind);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h3 className="text-base font-semibold">Key events</h3>
        {keyEvents.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No key events were marked.</p> : <EventList events={keyEvents} timeZone={timeZone} testId="key-events" />}
      </div>
      <div className="space-y-2">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h3 className="text-base font-semibold">
            Every event in the review <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({events.length} of {totalEvents} recorded)</span>
          </h3>
          <div className="print:hidden">
            <label htmlFor={filterId} className="mr-2 text-sm text-zinc-600 dark:text-zinc-400">Kind</label>
            <Select id={filterId} className="inline-block w-auto" value={kind} onChange={(e) => setKind(e.target.value as EventKind | "all")}>
              <option value="all">All kinds</option>
              {kinds.map((k) => (
                <option key={k} value={k}>{EVENT_KIND_LABELS[k]}</option>
              ))}
            </Select>
          </div>
        </div>
        {shown.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">No events of this kind in the review.</p> : <EventList events={shown} timeZone={timeZone} testId="all-events" />}
      </div>
    </div>
  );
}

function EventList({ events, timeZone, testId }: { events: DocumentTimelineEvent[]; timeZone: string; testId: string }) {
  return (
    <ol className="space-y-2 border-l-2 border-zinc-200 pl-4 dark:border-zinc-700" data-testid={testId}>
      {events.map((e) => (
        <li key={e.id} className="text-sm">
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            <LocalTime at={e.at} timeZone={timeZone} /> · {EVENT_KIND_LABELS[e.kind]} · {e.actor}
          </p>
          <p className={e.isKey ? "font-medium" : ""}>{e.text}</p>
          {e.commentary && <p className="text-zinc-600 italic dark:text-zinc-400">{e.commentary}</p>}
        </li>
      ))}
    </ol>
  );
}
