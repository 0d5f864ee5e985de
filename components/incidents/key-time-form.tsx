"use client";
import { useId, useState } from "react";
import { ApiError } from "@/components/common/api-client";
import { instantFromLocalInput, localInputValue } from "@/components/deadlines/zoned-input";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { LIMITS } from "@/lib/incidents/schemas";
import { KEY_TIME_LABELS, type KeyTimeField } from "./key-time-labels";
import { useIncidentAction } from "./use-incident-action";

type Props = { incidentId: string; field: KeyTimeField; current: string; timeZone: string; onDone: (corrected: boolean) => void };

// Corrects one key time: the person picks a wall time on their own clock
// (their zone is named), sees the UTC instant that will be sent, and says
// why. The old value and the reason stay on the timeline. Escape cancels.
export function KeyTimeForm({ incidentId, field, current, timeZone, onDone }: Props) {
  const id = useId();
  const label = KEY_TIME_LABELS[field];
  const [local, setLocal] = useState(() => localInputValue(current, timeZone, { seconds: true }));
  const [reason, setReason] = useState("");
  const correct = useIncidentAction<{ field: KeyTimeField; at: string; reason: string }>(incidentId, (body) => ({ path: "/key-times", method: "POST", body }));
  const instant = local ? instantFromLocalInput(local, timeZone) : null;
  const fields = correct.error instanceof ApiError ? correct.error.fields : undefined;

  return (
    <form
      className="mt-2 space-y-2 rounded-md bg-zinc-50 p-2 dark:bg-zinc-950"
      aria-label={`Correct the ${label.toLowerCase()} time`}
      onSubmit={(event) => {
        event.preventDefault();
        if (instant && !correct.isPending) correct.mutate({ field, at: instant, reason }, { onSuccess: () => onDone(true) });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone(false);
        }
      }}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-at`} className="block text-xs font-medium">{label} ({timeZone})</label>
        <Input
          id={`${id}-at`}
          type="datetime-local"
          step={1}
          value={local}
          onChange={(e) => {
            setLocal(e.target.value);
            correct.reset();
          }}
          autoFocus
          required
          aria-invalid={Boolean(fields?.at)}
          aria-describedby={fields?.at ? `${id}-utc ${id}-at-error` : `${id}-utc`}
        />
        {/* Beside the field: the API's message, e.g. an order conflict naming the times it clashes with. */}
        {fields?.at && (
          <p id={`${id}-at-error`} className="text-xs text-red-700 dark:text-red-400" role="alert" data-testid="key-time-error">
            {correct.error?.message}
          </p>
        )}
        <p id={`${id}-utc`} className="text-xs text-zinc-500" data-testid="key-time-utc">
          {instant ? `Sent as ${instant.replace("T", " ").slice(0, 19)} UTC` : "Enter a date and time"}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-reason`} className="block text-xs font-medium">Reason for the correction</label>
        <Textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          className="min-h-0"
          maxLength={LIMITS.reason}
          placeholder="e.g. Falco's first alert shows the attack began earlier"
          aria-invalid={Boolean(fields?.reason)}
        />
      </div>
      {correct.error && !fields?.at && <Alert tone="error">{correct.error.message}</Alert>}
      <div className="flex gap-2">
        {/* Not disabled while saving: a disabled button loses the focus, and Escape with it. */}
        <Button type="submit" size="sm" disabled={!instant}>{correct.isPending ? "Saving…" : "Save correction"}</Button>
        <Button size="sm" variant="ghost" onClick={() => onDone(false)}>Cancel</Button>
      </div>
    </form>
  );
}
