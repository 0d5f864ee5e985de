"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CHANNEL_KIND_LABELS, type ChannelKind } from "@/lib/notify/rules/channel-kinds";
import { useChannelDeliveries, type ChannelItem } from "@/lib/notify/queries";
import { DeliveryLog } from "./delivery-log";
import { DemoReceiverLog } from "./demo-receiver-log";
import { SecretOnce } from "./secret-once";

type TestResult = { ok: boolean; message: string };

// One channel: what it is (never its secret), whether its last test worked,
// and what it sent lately.
export function ChannelCard({ channel, timeZone, deliversToDemoReceiver = false }: { channel: ChannelItem; timeZone: string; deliversToDemoReceiver?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [test, setTest] = useState<TestResult | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [showLog, setShowLog] = useState(false);
  const log = useChannelDeliveries(channel.id, showLog);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Something went wrong");
    } finally {
      setBusy(false);
    }
  };
  const sendTest = () => run(async () => setTest(await apiFetch<TestResult>(`/api/v1/channels/${channel.id}/test`, { method: "POST" })));
  const toggle = () => run(async () => void (await apiFetch(`/api/v1/channels/${channel.id}`, { method: "PATCH", body: { enabled: !channel.enabled } })));
  const rotate = () => run(async () => setSecret((await apiFetch<{ signingSecret: string }>(`/api/v1/channels/${channel.id}/rotate-secret`, { method: "POST", body: { graceHours: 24 } })).signingSecret));

  return (
    <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="channel" aria-label={channel.name}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-medium">{channel.name}</p>
          <p className="text-xs text-zinc-500">
            {CHANNEL_KIND_LABELS[channel.kind as ChannelKind]} · {channel.secretHint || "secret stored"}
          </p>
          <p className="mt-1 flex flex-wrap gap-1">
            {!channel.enabled && <Badge tone="yellow">Disabled</Badge>}
            {channel.outOfBand && <Badge tone="blue">Out-of-band</Badge>}
            {channel.restricted && <Badge tone="orange">Restricted details</Badge>}
            {channel.personal && <Badge>Reaches people</Badge>}
            {channel.events.length > 0 && <Badge>{channel.events.length} event types</Badge>}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={sendTest} disabled={busy}>Send test</Button>
          {channel.kind === "WEBHOOK" && <Button size="sm" variant="secondary" onClick={rotate} disabled={busy}>Rotate secret</Button>}
          <Button size="sm" variant="ghost" onClick={toggle} disabled={busy}>{channel.enabled ? "Disable" : "Enable"}</Button>
          <Button size="sm" variant="ghost" onClick={() => setShowLog(!showLog)} aria-expanded={showLog}>Delivery log</Button>
        </div>
      </div>
      {channel.lastTestAt && !test && (
        <p className={channel.lastTestOk ? "mt-2 text-xs text-green-700 dark:text-green-400" : "mt-2 text-xs text-red-700 dark:text-red-400"}>
          Last test <LocalTime at={channel.lastTestAt} timeZone={timeZone} withZone={false} />: {channel.lastTestMessage}
        </p>
      )}
      {test && <Alert tone={test.ok ? "success" : "error"} className="mt-2">Test: {test.message}</Alert>}
      {error && <Alert tone="error" className="mt-2">{error}</Alert>}
      {secret && (
        <div className="mt-2">
          <SecretOnce title="New signing secret (the previous one keeps signing for 24 hours)" value={secret} />
        </div>
      )}
      {deliversToDemoReceiver && <DemoReceiverLog channelId={channel.id} timeZone={timeZone} />}
      {showLog && (
        <div className="mt-3 border-t border-zinc-100 pt-2 dark:border-zinc-800">
          {log.isError && <Alert tone="error">{log.error.message}</Alert>}
          {log.data && <DeliveryLog deliveries={log.data.deliveries} timeZone={timeZone} showIncident />}
        </div>
      )}
    </li>
  );
}
