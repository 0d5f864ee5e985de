"use client";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import { ApiError } from "@/components/common/api-client";
import { useAcceptRisk, type FindingItem } from "@/lib/readiness/queries";

const DAY = 86_400_000;
const dateInput = (date: Date) => date.toISOString().slice(0, 10);

// Accepting names the object, says why and until when (a day, at the end
// of that day in the viewer's zone); the server refuses anything past a year.
export function AcceptFindingDialog({ finding, clusterId, timeZone, onClose }: { finding: FindingItem; clusterId: string | null; timeZone: string; onClose: () => void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState(() => dateInput(new Date(Date.now() + 90 * DAY)));
  const accept = useAcceptRisk();
  const fields = accept.error instanceof ApiError ? accept.error.fields : undefined;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const expiresAt = new Date(`${until}T23:59:59`);
    accept.mutate(
      { clusterId, checkId: finding.checkId, objectKey: finding.key, reason, expiresAt: Number.isNaN(expiresAt.getTime()) ? until : expiresAt.toISOString() },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal open onClose={onClose} labelledBy={`${id}-title`}>
      <form onSubmit={submit} className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold">Accept this finding</h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <span className="font-medium">{finding.title}</span> for <code className="break-all">{finding.key}</code>: {finding.detail}
        </p>
        <Field id={`${id}-reason`} label="Why is this risk accepted?" error={fields?.reason?.[0]} hint="Recorded in the audit log and shown beside the finding.">
          <Textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required aria-invalid={Boolean(fields?.reason)} />
        </Field>
        <Field id={`${id}-until`} label={`Accepted until (end of day, ${timeZone})`} error={fields?.expiresAt?.[0]} hint="At most one year; the finding counts again after that day.">
          <Input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} required aria-invalid={Boolean(fields?.expiresAt)} />
        </Field>
        {accept.error && <Alert tone="error">{accept.error.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" disabled={accept.isPending}>{accept.isPending ? "Accepting…" : "Accept finding"}</Button>
        </div>
      </form>
    </Modal>
  );
}
