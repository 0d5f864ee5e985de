"use client";
import { X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { useEvidenceDetail } from "@/lib/evidence/queries";
import { CopyHash } from "./copy-hash";
import { CustodyTimeline } from "./custody-timeline";
import { DeletionControls } from "./deletion-controls";
import { EvidenceActions } from "./evidence-actions";
import { EvidenceKindIcon, kindLabel } from "./evidence-kind-icon";
import { EvidencePreview } from "./evidence-preview";
import { formatBytes } from "./format-bytes";
import { VerificationBadge } from "./verification-badge";
import { countOf } from "@/lib/rules/text/plural";

type Props = { incidentId: string; evidenceId: string | null; canWrite: boolean; adminId: string | null; timeZone: string; onClose: () => void };

// Everything recorded about one artefact, its actions and its full chain of custody.
export function EvidenceDetailDialog({ incidentId, evidenceId, canWrite, adminId, timeZone, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const detail = useEvidenceDetail(incidentId, evidenceId);
  const [previewing, setPreviewing] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (evidenceId && !element.open) element.showModal();
    if (!evidenceId && element.open) element.close();
  }, [evidenceId]);

  const evidence = detail.data;
  const source = evidence ? [evidence.sourceCluster, evidence.sourceNode, evidence.sourceNamespace, evidence.sourcePod, evidence.sourceContainer].filter(Boolean).join(" / ") : "";
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="evidence-detail-title" className="m-auto w-full max-w-3xl rounded-xl bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-black/50 dark:bg-zinc-900 dark:text-zinc-100">
      <div className="space-y-4 p-6">
        <div className="flex items-start gap-3">
          {evidence && <EvidenceKindIcon kind={evidence.kind} className="mt-1 size-6 text-zinc-500" />}
          <div className="min-w-0 flex-1">
            <h2 id="evidence-detail-title" className="text-lg font-semibold break-words">{evidence?.title ?? "Evidence"}</h2>
            {evidence && <p className="text-sm text-zinc-500">{kindLabel(evidence.kind)}{evidence.description && ` — ${evidence.description}`}</p>}
          </div>
          <button type="button" onClick={onClose} className="rounded p-1 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-label="Close"><X className="size-5" aria-hidden /></button>
        </div>
        {detail.isPending && evidenceId && <p className="text-sm text-zinc-500">Loading…</p>}
        {detail.error && <Alert tone="error">{detail.error.message}</Alert>}
        {evidence && (
          <>
            <div className="flex flex-wrap gap-2">
              <VerificationBadge status={evidence.verificationStatus} />
              {evidence.legalHold && <Badge tone="orange">Legal hold</Badge>}
              {evidence.deletedAt && <Badge tone="red">Deleted</Badge>}
              {evidence.deletionRequestedAt && !evidence.deletedAt && <Badge tone="yellow">Deletion awaiting a second administrator</Badge>}
              {evidence.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}
            </div>
            <dl className="grid grid-cols-[9rem_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
              <dt className="text-zinc-500">SHA-256</dt><dd><CopyHash sha256={evidence.sha256} /></dd>
              <dt className="text-zinc-500">Size</dt><dd title={`${evidence.size} bytes`}>{formatBytes(evidence.size)}{evidence.byReference && " (provider metadata)"}</dd>
              <dt className="text-zinc-500">Source</dt><dd>{source || `Uploaded by ${evidence.collectedBy}`}</dd>
              <dt className="text-zinc-500">Collected</dt><dd>{evidence.collectedBy}, <LocalTime at={evidence.collectedAt} timeZone={timeZone} /></dd>
              <dt className="text-zinc-500">Method</dt><dd>{evidence.acquisitionMethod}</dd>
              <dt className="text-zinc-500">Media type</dt><dd>{evidence.mediaType}{evidence.fileName && ` · ${evidence.fileName}`}</dd>
              <dt className="text-zinc-500">Stored</dt><dd className="break-all">{evidence.byReference ? "Held by the provider (by reference)" : `${evidence.storageBackend} · ${evidence.location}`}</dd>
              <dt className="text-zinc-500">Last verified</dt><dd><LocalTime at={evidence.lastVerifiedAt} timeZone={timeZone} /></dd>
              {evidence.deletedAt && (<><dt className="text-zinc-500">Deleted</dt><dd><LocalTime at={evidence.deletedAt} timeZone={timeZone} /> — {evidence.deletionReason}</dd></>)}
            </dl>
            {evidence.byReference && evidence.reference !== null && (
              <pre className="max-h-48 overflow-auto rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">{JSON.stringify(evidence.reference, null, 2)}</pre>
            )}
            <EvidenceActions evidence={evidence} incidentId={incidentId} canWrite={canWrite} onPreview={() => setPreviewing(evidence.id)} />
            {adminId && <DeletionControls evidence={evidence} incidentId={incidentId} adminId={adminId} />}
            {previewing === evidence.id && <EvidencePreview evidenceId={evidence.id} />}
            <section aria-labelledby="custody-heading">
              <h3 id="custody-heading" className="mb-2 text-sm font-semibold">Chain of custody ({countOf(evidence.custody.length, "event")})</h3>
              <CustodyTimeline events={evidence.custody} timeZone={timeZone} />
            </section>
          </>
        )}
      </div>
    </dialog>
  );
}
