"use client";
import { Download, Eye, Lock, LockOpen, Send, ShieldCheck } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { EvidenceDetailView } from "@/lib/evidence/queries";
import { ReasonForm } from "./reason-form";
import { downloadEvidence, useEvidenceAction } from "./use-evidence-action";

type Mode = null | "download" | "hold" | "transfer";

const PREVIEWABLE = /^(text\/|application\/(json|x-ndjson|yaml|x-yaml|xml)|application\/[a-z0-9.+-]+\+(json|xml))/;

export function canPreview(evidence: Pick<EvidenceDetailView, "mediaType" | "byReference">) {
  return evidence.byReference || PREVIEWABLE.test(evidence.mediaType);
}

// What a person can do with one artefact; every action asks for its reason.
export function EvidenceActions({ evidence, incidentId, canWrite, onPreview }: { evidence: EvidenceDetailView; incidentId: string; canWrite: boolean; onPreview: () => void }) {
  const [mode, setMode] = useState<Mode>(null);
  const [to, setTo] = useState("");
  const [method, setMethod] = useState("");
  const action = useEvidenceAction(incidentId);
  const live = !evidence.deletedAt;
  const done = () => setMode(null);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {live && <Button size="sm" variant="secondary" onClick={() => setMode("download")}><Download className="size-4" aria-hidden />Download</Button>}
        {live && canPreview(evidence) && <Button size="sm" variant="secondary" onClick={onPreview}><Eye className="size-4" aria-hidden />Preview</Button>}
        {live && canWrite && (
          <>
            <Button size="sm" variant="secondary" disabled={action.isPending} onClick={() => action.mutate({ evidenceId: evidence.id, verb: "verify" })}>
              <ShieldCheck className="size-4" aria-hidden />Verify
            </Button>
            <Button size="sm" variant="secondary" onClick={() => setMode("hold")}>
              {evidence.legalHold ? <LockOpen className="size-4" aria-hidden /> : <Lock className="size-4" aria-hidden />}
              {evidence.legalHold ? "Lift legal hold" : "Place legal hold"}
            </Button>
            <Button size="sm" variant="secondary" onClick={() => setMode("transfer")}><Send className="size-4" aria-hidden />Record transfer</Button>
          </>
        )}
      </div>
      {mode === "download" && (
        <ReasonForm label="Why are you downloading it? (recorded)" submitLabel="Download" onCancel={done} onSubmit={(reason) => {
          downloadEvidence(evidence.id, reason);
          done();
        }} />
      )}
      {mode === "hold" && (
        <ReasonForm label={evidence.legalHold ? "Why lift the hold?" : "Why place a hold? (e.g. litigation, regulator)"} submitLabel={evidence.legalHold ? "Lift hold" : "Place hold"} pending={action.isPending} onCancel={done} onSubmit={(reason) =>
          action.mutate({ evidenceId: evidence.id, verb: "hold", body: { on: !evidence.legalHold, reason } }, { onSuccess: done })
        } />
      )}
      {mode === "transfer" && (
        <div className="space-y-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
          <div className="flex flex-wrap gap-2">
            <Input value={to} onChange={(event) => setTo(event.target.value)} placeholder="To whom (name, organisation)" aria-label="Transferred to" className="min-w-48 flex-1" />
            <Input value={method} onChange={(event) => setMethod(event.target.value)} placeholder="How (courier, encrypted USB, SFTP…)" aria-label="Transfer method" className="min-w-48 flex-1" />
          </div>
          <ReasonForm label="Why? (recorded)" submitLabel="Record transfer" pending={action.isPending} onCancel={done} onSubmit={(reason) =>
            action.mutate({ evidenceId: evidence.id, verb: "transfer", body: { to, method, reason } }, { onSuccess: done })
          } />
        </div>
      )}
      {action.error && <Alert tone="error">{action.error.message}</Alert>}
      {action.isSuccess && action.variables?.verb === "verify" && (
        <VerifyResult result={action.data as { status: string; actual: string | null }} />
      )}
    </div>
  );
}

function VerifyResult({ result }: { result: { status: string; actual: string | null } }) {
  if (result.status === "ok") return <Alert tone="success">Verified: the stored bytes still match the recorded SHA-256.</Alert>;
  if (result.status === "missing") return <Alert tone="error">The stored object is missing. The incident has been alerted.</Alert>;
  return <Alert tone="error">Hash mismatch: storage now holds {result.actual}. The incident has been alerted.</Alert>;
}
