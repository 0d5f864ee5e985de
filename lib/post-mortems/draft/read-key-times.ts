import "server-only";
import { db } from "@/lib/db";
import { isIncidentStatus } from "@/lib/rules/incidents/statuses";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { computeKeyDurations, computePhaseSpans, findReopenings, type KeyTimes, type StatusChange } from "@/lib/rules/post-mortems/key-durations";

// The incident's status changes, reverts and reopenings included; only the
// fields needed, straight from the JSON column.
export async function readStatusChanges(incidentId: string): Promise<StatusChange[]> {
  const events = await db.$queryRaw<{ at: Date; from: string | null; to: string | null }[]>`
    select at, data->>'from' as "from", data->>'to' as "to"
    from timeline_events where incident_id = ${incidentId}::uuid and type = 'status_changed' order by id`;
  const changes: StatusChange[] = [];
  for (const event of events) {
    if (isIncidentStatus(event.from) && isIncidentStatus(event.to)) changes.push({ at: event.at, from: event.from, to: event.to });
  }
  return changes;
}

// Key times, the durations between them and the phases as they happened.
export function summarizeKeyTimes(keyTimes: KeyTimes, changes: StatusChange[], now: Date): Pick<PostMortemDocument, "keyTimes" | "durations" | "phases" | "reopenings"> {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    keyTimes: {
      detectedAt: iso(keyTimes.detectedAt),
      declaredAt: iso(keyTimes.declaredAt),
      acknowledgedAt: iso(keyTimes.acknowledgedAt),
      containedAt: iso(keyTimes.containedAt),
      resolvedAt: iso(keyTimes.resolvedAt),
      closedAt: iso(keyTimes.closedAt),
    },
    durations: computeKeyDurations(keyTimes).map(({ key, label, ms, missing, outOfOrder }) => ({ key, label, ms, missing, outOfOrder })),
    phases: computePhaseSpans(keyTimes.declaredAt, changes, now).map((span) => ({ ...span, start: span.start.toISOString(), end: span.end.toISOString() })),
    reopenings: findReopenings(changes).map((at) => at.toISOString()),
  };
}
