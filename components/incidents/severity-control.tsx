"use client";
import { useState } from "react";
import { ApiError } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import type { IncidentView } from "@/lib/incidents/queries";
import { useIncidentAction } from "./use-incident-action";

type Severity = { key: string; name: string };
type Change = { severity: string; reason: string; withdrawAddedTasks: boolean };

// Re-classifying is a decision: it asks for confirmation and a reason (on
// the timeline). Raising adds the new severity's missing runbook tasks and
// roles; lowering offers to withdraw the untouched tasks it no longer asks for.
export function SeverityControl({ incident, severities }: { incident: IncidentView; severities: Severity[] }) {
  const [target, setTarget] = useState<string | null>(null);
  const change = useIncidentAction<Change>(incident.id, (body) => ({ path: "", method: "PATCH", body: { ...body, expectedVersion: incident.version } }));
  const closed = incident.status === "CLOSED";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="incident-severity" className="font-medium">Severity</label>
      <Select
        id="incident-severity"
        value={incident.severityKey}
        onChange={(e) => {
          change.reset();
          setTarget(e.target.value);
        }}
        disabled={change.isPending || closed}
        className="h-8 w-auto py-0"
      >
        {severities.map((severity) => (
          <option key={severity.key} value={severity.key}>{severity.name}</option>
        ))}
      </Select>
      {target && target !== incident.severityKey && (
        <SeverityDialog
          incident={incident}
          to={severities.find((s) => s.key === target) ?? { key: target, name: target }}
          pending={change.isPending}
          error={change.error}
          onConfirm={(body) => change.mutate(body, { onSuccess: () => setTarget(null) })}
          onClose={() => setTarget(null)}
        />
      )}
    </div>
  );
}

function SeverityDialog({ incident, to, pending, error, onConfirm, onClose }: { incident: IncidentView; to: Severity; pending: boolean; error: Error | null; onConfirm: (change: Change) => void; onClose: () => void }) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const withdrawable = incident.downgradeWithdrawals[to.key] ?? [];
  const [withdraw, setWithdraw] = useState(true);
  const lowering = to.key in incident.downgradeWithdrawals;
  const reasonError = missing ? "Say why the severity changes" : error instanceof ApiError ? error.fields?.reason?.join(" ") : undefined;
  return (
    <Modal open onClose={onClose} labelledBy="severity-dialog-title">
      <form
        className="space-y-3 p-6"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === "") return setMissing(true);
          onConfirm({ severity: to.key, reason: reason.trim(), withdrawAddedTasks: lowering && withdraw && withdrawable.length > 0 });
        }}
      >
        <h2 id="severity-dialog-title" className="text-lg font-semibold">
          {lowering ? "Lower" : "Raise"} severity {incident.severityKey} → {to.key}?
        </h2>
        <p className="text-sm">
          {lowering
            ? `${to.name} asks for less. Work already done, waived or taken by someone stays as it is.`
            : `${to.name} adds its runbook tasks and required roles that are missing, and notifies its channels.`}
        </p>
        <Field id="severity-reason" label="Why (goes on the timeline)" error={reasonError}>
          <Textarea id="severity-reason" rows={2} maxLength={1000} value={reason} onChange={(e) => { setReason(e.target.value); setMissing(false); }} aria-invalid={Boolean(reasonError)} autoFocus />
        </Field>
        {lowering && withdrawable.length > 0 && (
          <fieldset className="space-y-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-700">
            <legend className="px-1 font-medium">Tasks {to.key} does not ask for, not started</legend>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={withdraw} onChange={(e) => setWithdraw(e.target.checked)} className="mt-1" />
              <span>Withdraw {withdrawable.length === 1 ? "this task" : `these ${withdrawable.length} tasks`} (kept on the record as withdrawn)</span>
            </label>
            <ul className="ml-6 list-disc text-xs" data-testid="withdrawable-tasks">
              {withdrawable.map((title) => <li key={title}>{title}</li>)}
            </ul>
          </fieldset>
        )}
        {error && !reasonError && <Alert tone="error">{error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={pending}>Change to {to.key}</Button>
        </div>
      </form>
    </Modal>
  );
}
