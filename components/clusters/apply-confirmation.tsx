"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Modal } from "@/components/ui/modal";
import type { ActionItem } from "@/lib/clusters/queries";
import { PlanTargets } from "./plan-targets";

type Props = {
  preview: ActionItem;
  needsApproval: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

// The last look before a real change: which cluster, nodes and pods, and
// whether it runs now or waits for a second person. A request that waits
// must say why — that is what the approver weighs.
export function ApplyConfirmation({ preview, needsApproval, pending, error, onConfirm, onClose }: Props) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const touches = preview.touches ?? { nodes: [], pods: [] };
  return (
    <Modal open onClose={onClose} labelledBy="apply-confirm-title">
      <form
        className="space-y-3 p-6"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (needsApproval && reason.trim() === "") return setMissing(true);
          onConfirm(reason.trim());
        }}
      >
        <h2 id="apply-confirm-title" className="text-lg font-semibold">
          {preview.label}: {needsApproval ? "request approval" : "apply now"}?
        </h2>
        <p className="text-sm">
          {needsApproval
            ? "This severity needs a second person: nothing changes until someone else approves the plan below."
            : "Cordon sends these changes to the cluster as soon as you confirm."}
        </p>
        <PlanTargets clusterName={preview.clusterName} touches={touches} />
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{preview.steps.length} {preview.steps.length === 1 ? "step" : "steps"}, as previewed. Nothing is deleted, restarted or drained.</p>
        <Field id="apply-reason" label={needsApproval ? "Why (the approver reads this)" : "Why (optional, kept on the record)"} error={missing ? "Say why, so the approver can judge it" : undefined}>
          <Textarea id="apply-reason" rows={2} maxLength={1000} value={reason} onChange={(e) => { setReason(e.target.value); setMissing(false); }} aria-invalid={missing} autoFocus />
        </Field>
        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {needsApproval ? "Request approval" : "Apply now"}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
