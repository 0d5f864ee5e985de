import { LocalTime } from "@/components/common/local-time";
import type { EvidenceDetailView } from "@/lib/evidence/queries";

const ACTION_LABELS: Record<string, string> = {
  collected: "Collected",
  stored: "Stored",
  viewed: "Viewed",
  downloaded: "Downloaded",
  verified: "Verified",
  exported: "Exported",
  transferred: "Transferred",
  hold_placed: "Legal hold placed",
  hold_lifted: "Legal hold lifted",
  deletion_requested: "Deletion requested",
  deletion_rejected: "Deletion rejected",
  deleted: "Deleted",
};

type Event = EvidenceDetailView["custody"][number];

// What the custody data adds to the action, in words.
function detailOf(event: Event): string | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (event.action === "verified") return data.result === "ok" ? "Hash matches" : `Result: ${String(data.result)}${data.actual ? ` (found ${String(data.actual)})` : ""}`;
  if (event.action === "transferred") return `To ${String(data.to)} by ${String(data.method)}`;
  if (event.action === "stored" && data.backend) return `In ${String(data.backend)} storage${data.deduplicated ? " (identical content already stored)" : ""}`;
  if (event.action === "stored" && data.byReference) return `By reference, retained by the provider (${String(data.retainPolicy)})`;
  if (event.action === "collected" && data.method) return `Method: ${String(data.method)}`;
  return null;
}

export function CustodyTimeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  return (
    <ol className="space-y-2 border-l border-zinc-200 pl-4 dark:border-zinc-700" aria-label="Chain of custody">
      {events.map((event) => {
        const detail = detailOf(event);
        return (
          <li key={event.id} className="text-sm" data-testid="custody-event" data-action={event.action}>
            <p>
              <span className="font-medium">{ACTION_LABELS[event.action] ?? event.action}</span>{" "}
              <span className="text-zinc-500">
                by {event.actorLabel} · <LocalTime at={event.at} timeZone={timeZone} />
              </span>
            </p>
            {event.reason && <p className="text-zinc-700 dark:text-zinc-300">Reason: {event.reason}</p>}
            {detail && <p className="text-xs text-zinc-500">{detail}</p>}
            <p className="text-xs text-zinc-400">
              from {event.address ?? "unknown address"}
              {event.userAgent ? ` · ${event.userAgent.slice(0, 80)}` : ""}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
