"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import type { IncidentView } from "@/lib/incidents/queries";
import { approvalsLabel } from "./approvals-label";

type Props = {
  incident: IncidentView;
  needsReason: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: (input: { summary: string; reason?: string }) => void;
  onClose: () => void;
};

// Closing ends the record: a short summary of what happened and how it
// ended, with what is still open in plain sight before anyone confirms.
export function CloseDialog({ incident, needsReason, pending, error, onConfirm, onClose }: Props) {
  const [summary, setSummary] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const openTasks = incident.tasks.filter((task) => task.state === "OPEN").map((task) => task.title);
  const stillOpen = [
    ...openTasks.map((title) => `Task: ${title}`),
    ...incident.obligations.map((obligation) => `Deadline not filed: ${obligation.title}`),
    ...(incident.pendingApprovals > 0 ? [`Cluster actions: ${approvalsLabel(incident.pendingApprovals)}`] : []),
  ];
  const summaryError = tried && summary.trim() === "" ? "Write a short closing summary" : undefined;
  const reasonError = tried && needsReason && reason.trim() === "" ? "Say why it closes as a false positive" : undefined;
  return (
    <Modal open onClose={onClose} labelledBy="close-dialog-title">
      <form
        className="space-y-3 p-6"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (summary.trim() === "" || (needsReason && reason.trim() === "")) return;
          onConfirm({ summary: summary.trim(), ...(needsReason ? { reason: reason.trim() } : {}) });
        }}
      >
        <h2 id="close-dialog-title" className="text-lg font-semibold">Close {incident.reference}?</h2>
        <div className="text-sm" data-testid="close-still-open">
          {stillOpen.length === 0 ? (
            <p>Nothing is left open.</p>
          ) : (
            <>
              <p className="font-medium">Still open:</p>
              <ul className="ml-5 list-disc">
                {stillOpen.map((line, index) => <li key={index}>{line}</li>)}
              </ul>
            </>
          )}
        </div>
        {needsReason && (
          <Field id="close-reason" label="Why it is a false positive" error={reasonError}>
            <Textarea id="close-reason" rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={Boolean(reasonError)} />
          </Field>
        )}
        <Field id="close-summary" label="Closing summary" hint="What happened and how it ended, in a few sentences." error={summaryError}>
          <Textarea id="close-summary" rows={3} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} aria-invalid={Boolean(summaryError)} autoFocus />
        </Field>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Once closed, the incident is read-only until someone reopens it.</p>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={pending}>Close incident</Button>
        </div>
      </form>
    </Modal>
  );
}
