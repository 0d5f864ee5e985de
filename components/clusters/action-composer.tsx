"use client";
import { Eye, Play } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { isFinished } from "@/lib/clusters/action-status";
import { useClusterAction, useClusters, useRequestClusterAction } from "@/lib/clusters/queries";
import { ACTION_LABELS, type ClusterActionName } from "@/lib/clusters/schemas";
import { ActionCard } from "./action-card";
import { ApplyConfirmation } from "./apply-confirmation";
import { ACTION_ORDER, buildRequest, draftFromLink, type Draft } from "./action-draft";
import { ActionTargetFields } from "./action-target-fields";

// Preview first, always: the lead sees every planned call and the cluster's
// dry-run answer, and only a finished, unchanged preview can be applied.
export function ActionComposer({ incidentId, timeZone, needsApproval }: { incidentId: string; timeZone: string; needsApproval: boolean }) {
  const clusters = useClusters();
  const searchParams = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => draftFromLink(searchParams));
  const [preview, setPreview] = useState<{ id: string; request: string } | null>(null);
  const [applied, setApplied] = useState<{ id: string; message: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const request = useRequestClusterAction(incidentId);
  const previewed = useClusterAction(incidentId, preview?.id);
  // The "applying" note is about one action: once it has finished, its card
  // below tells the outcome and the note would only be stale.
  const appliedAction = useClusterAction(incidentId, applied?.id);
  const appliedFinished = appliedAction.data !== undefined && isFinished(appliedAction.data.status);

  const clusterId = draft.clusterId || clusters.data?.[0]?.id || "";
  const current = { ...draft, clusterId };
  const built = buildRequest(current);
  const requestKey = "body" in built ? JSON.stringify(built.body) : "";
  const previewIsCurrent = preview !== null && preview.request === requestKey;
  const previewStatus = previewIsCurrent ? previewed.data?.status : undefined;

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, clusterId, ...patch }));
    setApplied(null);
  };
  const runPreview = () => {
    if (!("body" in built)) return;
    request.mutate({ ...built.body, dryRun: true }, { onSuccess: (action) => setPreview({ id: action.id, request: requestKey }) });
  };
  const apply = (reason: string) => {
    if (!("body" in built)) return;
    request.mutate({ ...built.body, dryRun: false, ...(reason ? { reason } : {}) }, {
      onSuccess: (action) => {
        setConfirming(false);
        setPreview(null);
        setApplied({ id: action.id, message: action.status === "awaiting_approval" ? "Requested: it waits for a second person to approve it (see below)." : "Applying: progress shows below." });
      },
    });
  };

  return (
    <div className="space-y-3 rounded-md bg-zinc-50 p-3 dark:bg-zinc-950" data-testid="action-composer">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="ca-cluster" label="Cluster">
          <Select id="ca-cluster" value={clusterId} onChange={(e) => change({ clusterId: e.target.value, node: "", pod: "", suspectPods: [] })}>
            {(clusters.data ?? []).length === 0 && <option value="">No clusters registered</option>}
            {(clusters.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.isSandbox ? " (sandbox)" : ""}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="ca-action" label="Action">
          <Select id="ca-action" value={draft.action} onChange={(e) => change({ action: e.target.value as ClusterActionName, container: "" })}>
            {ACTION_ORDER.map((name) => (
              <option key={name} value={name}>
                {ACTION_LABELS[name]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {clusterId && <ActionTargetFields draft={current} change={change} />}
      {"missing" in built && <p className="text-xs text-zinc-500">{built.missing}.</p>}
      {request.error && !confirming && <Alert tone="error">{request.error.message}</Alert>}
      {applied && !appliedFinished && <Alert tone="success">{applied.message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={runPreview} disabled={!("body" in built) || request.isPending}>
          <Eye className="size-4" aria-hidden /> Preview
        </Button>
        <Button variant="danger" onClick={() => { request.reset(); setConfirming(true); }} disabled={previewStatus !== "previewed" || request.isPending} title="Available once the preview of exactly this request has succeeded">
          <Play className="size-4" aria-hidden /> {needsApproval ? "Apply… (waits for approval)" : "Apply now…"}
        </Button>
      </div>
      {confirming && previewIsCurrent && previewed.data && (
        <ApplyConfirmation preview={previewed.data} needsApproval={needsApproval} pending={request.isPending} error={request.error?.message ?? null} onConfirm={apply} onClose={() => setConfirming(false)} />
      )}
      {previewIsCurrent && previewed.data && (
        <div aria-live="polite" data-testid="action-preview">
          <p className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
            {previewStatus === "previewed" ? "Preview: the cluster accepted every step below (dry run); nothing was changed." : previewStatus === "failed" ? "Preview failed: applying this would not work as planned." : "Previewing…"}
          </p>
          <ActionCard action={previewed.data} timeZone={timeZone} open />
        </div>
      )}
    </div>
  );
}
