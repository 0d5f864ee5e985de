import "server-only";
import { db } from "@/lib/db";
import { isIncidentStatus } from "@/lib/rules/incidents/statuses";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { computeKeyDurations, computePhaseSpans, findReopenings, type KeyTimes, type StatusChange } from "@/lib/rules/post-mortems/key-durations";

// Key times, the durations between them and the phases as they happened
// (status changes on the timeline, including reverts and reopenings).
export async function readKeyTimes(incidentId: string, keyTimes: KeyTimes, now: Date): Promise<Pick<PostMortemDocument, "keyTimes" | "durations" | "phases" | "reopenings">> {
  const events = await db.timelineEvent.findMany({
    where: { incidentId, type: "status_changed" },
    orderBy: { id: "asc" },
    select: { at: true, data: true },
  });
  const changes: StatusChange[] = [];
  for (const event of events) {
    const data = event.data as { from?: unknown; to?: unknown };
    if (isIncidentStatus(data.from) && isIncidentStatus(data.to)) changes.push({ at: event.at, from: data.from, to: data.to });
  }
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
