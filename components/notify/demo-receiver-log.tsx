"use client";
import { ShieldAlert, ShieldCheck } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { useDemoReceipts } from "@/lib/notify/queries";

// What the demo receiver (the webhook consumer `npm start` runs) got on this
// channel, newest first, as the receiver recorded it: each message's
// signature checked with the receiver's own copy of the secret.
export function DemoReceiverLog({ channelId, timeZone }: { channelId: string; timeZone: string }) {
  const receipts = useDemoReceipts(channelId);
  return (
    <section aria-labelledby={`demo-receiver-${channelId}`} className="mt-3 border-t border-zinc-100 pt-2 dark:border-zinc-800">
      <h3 id={`demo-receiver-${channelId}`} className="text-sm font-semibold">Received by the demo receiver</h3>
      <p className="text-xs text-zinc-500">
        A local webhook consumer that npm start runs for trying Cordon. It checks every signature with its own copy of the signing secret and keeps the last 200 messages since it started.
      </p>
      {receipts.isError && <Alert tone="error" className="mt-2">{receipts.error.message}</Alert>}
      {receipts.data && !receipts.data.reachable && <Alert tone="warning" className="mt-2">{receipts.data.problem}</Alert>}
      {receipts.data?.reachable && receipts.data.received.length === 0 && (
        <p className="mt-2 text-sm text-zinc-500">Nothing received yet. Send a test, or declare a SEV1 or SEV2 incident.</p>
      )}
      {receipts.data?.reachable && receipts.data.received.length > 0 && (
        <ul className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800" aria-label="Received by the demo receiver">
          {receipts.data.received.map((message, index) => (
            <li key={`${message.webhookId ?? "unsigned"}-${message.receivedAt}-${index}`} className="py-2" data-testid="demo-receipt">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0">
                  <span className="block font-medium">{message.title ?? "(no title)"}</span>
                  <span className="block text-xs text-zinc-500">
                    <code>{message.type ?? "unknown type"}</code>
                    {message.incidentReference ? ` · ${message.incidentReference}` : ""} · <LocalTime at={message.receivedAt} timeZone={timeZone} withZone={false} />
                  </span>
                </span>
                {message.verified ? (
                  <Badge tone="green" data-testid="demo-receipt-signature"><ShieldCheck className="size-3.5" aria-hidden /> Signature verified</Badge>
                ) : (
                  <Badge tone="red" data-testid="demo-receipt-signature"><ShieldAlert className="size-3.5" aria-hidden /> Unverified</Badge>
                )}
              </div>
              {!message.verified && message.problem && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{message.problem}</p>}
              {(message.incidentUrl || message.ackUrl) && (
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-zinc-500">
                  {message.incidentUrl && (
                    <>
                      <dt>Incident link</dt>
                      <dd className="break-all" data-testid="demo-receipt-incident-url">{message.incidentUrl}</dd>
                    </>
                  )}
                  {message.ackUrl && (
                    <>
                      <dt>Acknowledge link</dt>
                      <dd className="break-all" data-testid="demo-receipt-ack-url">{message.ackUrl}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
