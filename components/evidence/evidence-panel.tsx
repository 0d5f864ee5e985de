"use client";
import { useQueryClient } from "@tanstack/react-query";
import { FolderLock } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { evidenceKeys, type EvidenceListView, useEvidenceList } from "@/lib/evidence/queries";
import { EvidenceDetailDialog } from "./evidence-detail-dialog";
import { kindLabel } from "./evidence-kind-icon";
import { EvidenceRow } from "./evidence-row";
import { ExportBundle } from "./export-bundle";
import { UploadZone } from "./upload-zone";
import { countOf } from "@/lib/rules/text/plural";

// adminId: the viewer, when an administrator (who may delete evidence).
// canAdd: false on a closed incident, which takes no new evidence while its
// existing evidence stays in custody (holds, transfers, verification).
export type EvidencePanelProps = { incidentId: string; canWrite: boolean; canAdd?: boolean; timeZone: string; adminId: string | null };

// The war room's evidence locker: what was collected, its hash, who holds
// it, whether it still verifies; upload, preview, download and export.
export function EvidencePanel({ incidentId, canWrite, canAdd = canWrite, timeZone, adminId }: EvidencePanelProps) {
  const queryClient = useQueryClient();
  const list = useEvidenceList(incidentId);
  const [openId, setOpenId] = useState<string | null>(null);
  // Uploaded in this page, to mark them as new in the list.
  const [uploadedHere, setUploadedHere] = useState<ReadonlySet<string>>(() => new Set());
  const onUploaded = useCallback(
    (evidenceId: string) => {
      setUploadedHere((current) => new Set(current).add(evidenceId));
      void queryClient.invalidateQueries({ queryKey: evidenceKeys.all(incidentId) });
    },
    [queryClient, incidentId],
  );
  const data = list.data;
  const listedIds = useMemo(() => new Set(data?.items?.map((item) => item.id) ?? []), [data]);

  return (
    <section aria-labelledby="evidence-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="evidence-panel">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="evidence-heading" className="text-sm font-semibold">
          Evidence {data && <span className="font-normal text-zinc-500">({data.counts.total}{data.counts.onHold ? `, ${data.counts.onHold} on hold` : ""})</span>}
        </h2>
        {data?.items && data.items.some((item) => !item.deletedAt) && <ExportBundle incidentId={incidentId} />}
      </div>
      {data && data.counts.failedVerification > 0 && (
        <Alert tone="error" className="mb-2">{countOf(data.counts.failedVerification, "artefact")} failed verification: their stored bytes no longer match the recorded hash, or are missing.</Alert>
      )}
      {canAdd && <div className="mb-3"><UploadZone incidentId={incidentId} onUploaded={onUploaded} listedIds={listedIds} /></div>}
      {list.isPending && <p className="text-sm text-zinc-500" role="status">Loading evidence…</p>}
      {list.error && (
        <Alert tone="error">
          Could not load the evidence: {list.error.message}{" "}
          <Button size="sm" variant="ghost" onClick={() => void list.refetch()}>Retry</Button>
        </Alert>
      )}
      {data && data.items === null && <CountsOnly counts={data.counts} />}
      {data?.items && data.items.length === 0 && (
        <div className="flex flex-col items-center gap-1 py-6 text-center text-sm text-zinc-500">
          <FolderLock className="size-6" aria-hidden />
          <p>No evidence yet.{canAdd ? " Drop logs, manifests or captures above; each is hashed and kept under chain of custody." : ""}</p>
        </div>
      )}
      {data?.items && data.items.length > 0 && (
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {data.items.map((item) => (
            <EvidenceRow key={item.id} item={item} timeZone={timeZone} justUploaded={uploadedHere.has(item.id)} onOpen={() => setOpenId(item.id)} />
          ))}
        </ul>
      )}
      <EvidenceDetailDialog incidentId={incidentId} evidenceId={openId} canWrite={canWrite} adminId={adminId} timeZone={timeZone} onClose={() => setOpenId(null)} />
    </section>
  );
}

// Executives see what exists, not what it contains or who handled it.
function CountsOnly({ counts }: { counts: EvidenceListView["counts"] }) {
  const kinds = Object.entries(counts.byKind);
  return (
    <div className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="evidence-counts">
      <p>{counts.total === 0 ? "No evidence collected yet." : `${countOf(counts.total, "artefact")} preserved under chain of custody.`}</p>
      {kinds.length > 0 && <p className="mt-1">{kinds.map(([kind, count]) => `${count} ${kindLabel(kind).toLowerCase()}`).join(", ")}</p>}
    </div>
  );
}
