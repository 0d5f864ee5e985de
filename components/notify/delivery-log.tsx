"use client";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { CHANNEL_KIND_SHORT, type ChannelKind } from "@/lib/notify/rules/channel-kinds";
import { EVENT_LABELS, type NotifyEventType } from "@/lib/notify/rules/event-types";
import type { DeliveryItem } from "@/lib/notify/queries";
import { DeliveryStatus } from "./delivery-status";

// Each message: what it was about, where it went, and every try with the
// receiver's answer, so "did the CISO get paged?" has a plain answer.
export function DeliveryLog({ deliveries, timeZone, showIncident = false }: { deliveries: DeliveryItem[]; timeZone: string; showIncident?: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  if (deliveries.length === 0) return <p className="text-sm text-zinc-500">Nothing sent yet.</p>;
  return (
    <ul className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800" aria-label="Deliveries">
      {deliveries.map((row) => (
        <li key={row.id} className="py-2" data-testid="delivery">
          <button type="button" className="flex w-full items-start justify-between gap-2 text-left" onClick={() => setOpen(open === row.id ? null : row.id)} aria-expanded={open === row.id}>
            <span className="min-w-0">
              <span className="block font-medium">{EVENT_LABELS[row.event.type as NotifyEventType] ?? row.event.type}</span>
              <span className="block truncate text-xs text-zinc-500">
                {CHANNEL_KIND_SHORT[row.channel.kind as ChannelKind]} “{row.channel.name}”{row.recipientName ? ` → ${row.recipientName}` : ""}
                {showIncident && row.incidentId ? ` · incident ${row.incidentId.slice(0, 8)}` : ""}
              </span>
            </span>
            <span className="flex shrink-0 items-center gap-2 text-xs text-zinc-500">
              {row.lastStatusCode !== null && <span data-testid="delivery-code">{row.lastStatusCode}</span>}
              <DeliveryStatus status={row.status} />
            </span>
          </button>
          {row.lastError && row.status !== "SENT" && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{row.lastError}</p>}
          {row.status === "RETRYING" && (
            <p className="mt-1 text-xs text-zinc-500">
              Next try <LocalTime at={row.nextAttemptAt} timeZone={timeZone} withZone={false} />
            </p>
          )}
          {open === row.id && (
            <ol className="mt-2 space-y-1 rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-950" aria-label="Attempts">
              {row.attemptLog.length === 0 && <li className="text-zinc-500">Not tried yet.</li>}
              {row.attemptLog.map((attempt) => (
                <li key={attempt.attempt} className="flex flex-wrap gap-x-2">
                  <span>#{attempt.attempt}</span>
                  <LocalTime at={attempt.at} timeZone={timeZone} withZone={false} />
                  <span className="font-medium">{attempt.outcome}</span>
                  <span>{attempt.responseCode ?? "no answer"}</span>
                  <span>{attempt.durationMs} ms</span>
                  {attempt.error && <span className="w-full text-red-700 dark:text-red-400">{attempt.error}</span>}
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
