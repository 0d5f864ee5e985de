"use client";
import { LocalTime } from "@/components/common/local-time";
import { ActionSteps } from "@/components/clusters/action-steps";
import { useClusterActions } from "@/lib/clusters/queries";
import type { TimelineView } from "@/lib/incidents/queries";
import { describeEvent } from "./describe-event";

// A cluster action as one timeline entry: where it stands now, and on
// demand its history and every Kubernetes call with the cluster's answer.
// The steps come from the war room's cluster-actions query (shared cache).
export function TimelineActionEntry({ incidentId, actionId, latest, events, timeZone }: { incidentId: string; actionId: string; latest: TimelineView; events: TimelineView[]; timeZone: string }) {
  const actions = useClusterActions(incidentId);
  const action = actions.data?.find((candidate) => candidate.id === actionId);
  return (
    <li className={`rounded-md border-l-4 py-1 pl-3 ${latest.isKey ? "border-amber-500" : "border-zinc-200 dark:border-zinc-700"}`} data-testid="timeline-event" data-type={latest.type} data-action-id={actionId}>
      <div className="text-xs text-zinc-500">
        <LocalTime at={latest.at} timeZone={timeZone} /> · {latest.actorLabel}
      </div>
      <p className="mt-1 text-sm">{describeEvent(latest, timeZone)}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-xs font-medium text-zinc-600 dark:text-zinc-400">
          History{action && action.steps.length > 0 ? ` and ${action.steps.length} ${action.steps.length === 1 ? "step" : "steps"}` : ""}
        </summary>
        <ol className="mt-1 space-y-0.5 text-xs" aria-label="History">
          {events.map((event) => (
            <li key={event.id}>
              <LocalTime at={event.at} timeZone={timeZone} /> — {describeEvent(event, timeZone)}
            </li>
          ))}
        </ol>
        {action && action.steps.length > 0 && (
          <div className="mt-2">
            <ActionSteps steps={action.steps} status={action.status} />
          </div>
        )}
      </details>
    </li>
  );
}
