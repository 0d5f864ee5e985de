"use client";
import { Star } from "lucide-react";
import ReactMarkdown from "react-markdown";
import { LocalTime } from "@/components/common/local-time";
import { cn } from "@/components/ui/cn";
import type { TimelineView } from "@/lib/incidents/queries";
import { describeEvent } from "./describe-event";

// react-markdown renders Markdown without raw HTML: a note containing
// <script> shows the text, it never runs.
export function TimelineEvent({ event, timeZone, onToggleKey }: { event: TimelineView; timeZone: string; onToggleKey?: () => void }) {
  return (
    // The id lets a drill report (and anyone) link to the event that proves something.
    <li id={`event-${event.id}`} className={cn("scroll-mt-20 rounded-md border-l-4 py-1 pl-3", event.isKey ? "border-amber-500" : "border-zinc-200 dark:border-zinc-700")} data-testid="timeline-event" data-type={event.type}>
      <div className="flex items-center justify-between gap-2 text-xs text-zinc-500">
        <span>
          <LocalTime at={event.at} timeZone={timeZone} /> · {event.actorLabel}
        </span>
        {onToggleKey && (
          <button type="button" onClick={onToggleKey} aria-pressed={event.isKey} aria-label={event.isKey ? "Unmark key event" : "Mark as key event"} className="rounded p-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            <Star className={cn("size-3.5", event.isKey && "fill-amber-500 text-amber-500")} aria-hidden />
          </button>
        )}
      </div>
      {event.type === "note" ? (
        <div className="prose-sm mt-1 max-w-none break-words text-sm [&_a]:underline [&_code]:font-mono [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
          <ReactMarkdown skipHtml>{event.body ?? ""}</ReactMarkdown>
        </div>
      ) : (
        <p className="mt-1 text-sm">{describeEvent(event, timeZone)}</p>
      )}
    </li>
  );
}
