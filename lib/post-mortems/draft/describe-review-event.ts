import { describeEvent } from "@/components/incidents/describe-event";

type EventRow = { id: bigint; at: Date; type: string; actorLabel: string; body: string | null; data: unknown; isKey: boolean };

// The same sentence the war room's timeline shows (in UTC, since documents
// are read in many zones); a note is its own text.
export function describeReviewEvent(event: EventRow): string {
  if (event.type === "note") return event.body ?? "";
  return describeEvent({
    id: event.id.toString(),
    at: event.at.toISOString(),
    type: event.type,
    actorLabel: event.actorLabel,
    body: event.body,
    data: JSON.parse(JSON.stringify(event.data ?? {})),
    isKey: event.isKey,
  });
}
