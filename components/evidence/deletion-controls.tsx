"use client";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { EvidenceDetailView } from "@/lib/evidence/queries";
import { ReasonForm } from "./reason-form";
import { useEvidenceAction } from "./use-evidence-action";

type Mode = null | "request" | "reject";

// Deleting evidence is an administrator's act that keeps the record and its
// custody (a tombstone). Held evidence cannot be deleted; a restricted
// incident's evidence needs a second administrator to approve.
export function DeletionControls({ evidence, incidentId, adminId }: { evidence: EvidenceDetailView; incidentId: string; adminId: string }) {
  const [mode, setMode] = useState<Mode>(null);
  const action = useEvidenceAction(incidentId);
  if (evidence.deletedAt) return null;
  const pending = evidence.deletionRequestedAt !== null;
  const requestedByMe = evidence.deletionRequestedById === adminId;
  const done = () => setMode(null);
  const send = (body: { action: "request" | "approve" | "reject"; reason?: string }) => action.mutate({ evidenceId: evidence.id, verb: "deletion", body }, { onSuccess: done });

  return (
    <div className="space-y-2 border-t border-zinc-200 pt-2 dark:border-zinc-800">
      {!pending && evidence.legalHold && <p className="text-sm text-zinc-500">Under legal hold: lift the hold before it can be deleted.</p>}
      {!pending && !evidence.legalHold && mode === null && (
        <Button size="sm" variant="ghost" className="text-red-700 dark:text-red-400" onClick={() => setMode("request")}>
          <Trash2 className="size-4" aria-hidden />Delete…
        </Button>
      )}
      {mode === "request" && (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            The stored bytes are removed; the record, its hash and its chain of custody stay.
            {evidence.incident.restricted ? " This incident is restricted: a second administrator must approve." : ""}
          </p>
          <ReasonForm label="Why delete it? (recorded)" submitLabel={evidence.incident.restricted ? "Ask for deletion" : "Delete"} pending={action.isPending} onCancel={done} onSubmit={(reason) => send({ action: "request", reason })} />
        </>
      )}
      {pending && (
        <div className="space-y-2 text-sm">
          <p>
            Deletion requested: “{evidence.deletionReason}”.{" "}
            {requestedByMe ? "You asked for it; a different administrator must approve or reject it." : "Approve to delete it, or reject the request."}
          </p>
          {!requestedByMe && mode === null && (
            <div className="flex gap-2">
              <Button size="sm" variant="danger" disabled={action.isPending} onClick={() => send({ action: "approve" })}>Approve deletion</Button>
              <Button size="sm" variant="secondary" onClick={() => setMode("reject")}>Reject…</Button>
            </div>
          )}
          {mode === "reject" && <ReasonForm label="Why reject it? (recorded)" submitLabel="Reject" pending={action.isPending} onCancel={done} onSubmit={(reason) => send({ action: "reject", reason })} />}
        </div>
      )}
      {action.error && <Alert tone="error">{action.error.message}</Alert>}
    </div>
  );
}
