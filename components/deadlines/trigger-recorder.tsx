"use client";
import { useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { TriggerItem } from "@/lib/regulatory/queries";
import { TRIGGER_OPTIONS } from "@/lib/rules/regulations/triggers";
import { useIncidentAction } from "@/components/incidents/use-incident-action";
import { instantFromLocalInput, localInputValue } from "./zoned-input";

type Props = { incidentId: string; triggers: TriggerItem[]; history: TriggerItem[]; canWrite: boolean; timeZone: string };

// The moments that start legal clocks, who recorded them and when; a
// correction needs a reason and leaves the old record visible.
export function TriggerRecorder({ incidentId, triggers, history, canWrite, timeZone }: Props) {
  // The first moment not yet recorded: usually what is being recorded next.
  const [trigger, setTrigger] = useState<string>(() => TRIGGER_OPTIONS.find((o) => !triggers.some((t) => t.trigger === o.key))?.key ?? "AWARE");
  const [at, setAt] = useState(() => localInputValue(new Date(), timeZone));
  const [reason, setReason] = useState("");
  const record = useIncidentAction<{ trigger: string; at: string; reason?: string }>(incidentId, (body) => ({ path: "/triggers", method: "POST", body }));
  const correcting = triggers.some((t) => t.trigger === trigger);
  const instant = instantFromLocalInput(at, timeZone);

  return (
    <div className="space-y-2">
      <h3 className="text-xs font-semibold uppercase text-zinc-500">Clock triggers</h3>
      {triggers.length === 0 && <p className="text-xs text-zinc-500">No trigger recorded yet: clocks start when one is.</p>}
      <ul className="space-y-1 text-xs" aria-label="Recorded triggers">
        {triggers.map((t) => (
          <li key={t.id} data-testid="trigger">
            <span className="font-medium">{t.label}</span>: <LocalTime at={t.at} timeZone={timeZone} /> · <LocalTime at={t.at} timeZone="UTC" />
            <span className="block text-zinc-500">
              recorded by {t.recordedBy}, <LocalTime at={t.recordedAt} timeZone={timeZone} />{t.reason ? ` — corrected: ${t.reason}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {history.length > 0 && (
        <details className="text-xs text-zinc-500">
          <summary>Superseded records ({history.length})</summary>
          <ul className="mt-1 space-y-1">
            {history.map((t) => (
              <li key={t.id}><s>{t.label}: <LocalTime at={t.at} timeZone="UTC" /></s> (by {t.recordedBy})</li>
            ))}
          </ul>
        </details>
      )}
      {canWrite && (
        <form
          className="space-y-2 rounded-md bg-zinc-50 p-2 dark:bg-zinc-950"
          onSubmit={(e) => {
            e.preventDefault();
            if (!instant) return;
            record.mutate({ trigger, at: instant, ...(reason.trim() ? { reason } : {}) }, { onSuccess: () => setReason("") });
          }}
        >
          <Select value={trigger} onChange={(e) => setTrigger(e.target.value)} aria-label="Trigger">
            {TRIGGER_OPTIONS.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </Select>
          <label className="block text-xs">
            <span className="mb-1 block font-medium">When ({timeZone})</span>
            <Input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-label={`Trigger time (${timeZone})`} required />
          </label>
          {correcting && (
            <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why is this being corrected?" aria-label="Reason for the correction" required />
          )}
          <div className="flex items-center gap-2">
            <Button type="submit" size="sm" disabled={record.isPending || !instant || (correcting && !reason.trim())}>
              {correcting ? "Correct trigger" : "Record trigger"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setAt(localInputValue(new Date(), timeZone))}>Now</Button>
          </div>
          {record.error && <Alert tone="error">{record.error.message}</Alert>}
        </form>
      )}
    </div>
  );
}
