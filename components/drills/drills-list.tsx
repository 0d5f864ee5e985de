"use client";
import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { useDrills, type DrillListItem } from "@/lib/drills/queries";

export const STATE_TONE: Record<string, BadgeTone> = { SCHEDULED: "neutral", RUNNING: "green", PAUSED: "yellow", ENDED: "neutral" };
export const STATE_LABEL: Record<string, string> = { SCHEDULED: "scheduled", RUNNING: "running", PAUSED: "paused", ENDED: "ended" };

// Drills, running first: each with its scenario, incident, who started it and when.
export function DrillsList({ initial, timeZone }: { initial: DrillListItem[]; timeZone: string }) {
  const { data: drills = initial } = useDrills(initial);
  if (drills.length === 0) return <EmptyState title="No drills yet">Start one above: the team works a [DRILL] incident while the sandbox plays the scenario.</EmptyState>;
  const order = ["RUNNING", "PAUSED", "SCHEDULED", "ENDED"];
  const sorted = [...drills].sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" aria-label="Drills">
      {sorted.map((drill) => (
        <li key={drill.id} className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm" data-testid="drill-row">
          <Link href={`/drills/${drill.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
            {drill.scenario.title}
          </Link>
          <Badge tone={STATE_TONE[drill.state] ?? "neutral"}>{STATE_LABEL[drill.state] ?? drill.state}</Badge>
          <Link href={`/incidents/${drill.incident.id}`} className="hover:underline">
            {drill.incident.reference}
          </Link>
          <span className="text-zinc-600 dark:text-zinc-400">started by {drill.startedBy.name}</span>
          <span className="text-zinc-600 dark:text-zinc-400">
            {drill.state === "SCHEDULED" ? "starts" : "started"} <LocalTime at={drill.startsAt} timeZone={timeZone} />
          </span>
          {drill.endedAt && (
            <span className="text-zinc-600 dark:text-zinc-400">
              ended <LocalTime at={drill.endedAt} timeZone={timeZone} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
