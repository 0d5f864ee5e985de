"use client";
import { useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { useClusterActions } from "@/lib/clusters/queries";
import { ActionCard } from "./action-card";
import { ActionComposer } from "./action-composer";

export type ClusterActionsPanelProps = { incidentId: string; canWrite: boolean; timeZone: string; needsApproval: boolean };

// The war room's cluster response: preview and apply quarantines, isolation
// and evidence collection, and follow each action step by step as it runs.
export function ClusterActionsPanel({ incidentId, canWrite, timeZone, needsApproval }: ClusterActionsPanelProps) {
  const actions = useClusterActions(incidentId);
  // A link to this page with another suggested action (a playbook step) refills the composer.
  const linked = useSearchParams().toString();
  // Previews are on the record but not the story; the composer shows the current one.
  const shown = (actions.data ?? []).filter((action) => !action.dryRun);
  return (
    <section aria-labelledby="cluster-actions-heading" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="cluster-actions-heading" className="mb-1 text-sm font-semibold">Cluster actions</h2>
      <p className="mb-3 text-xs text-zinc-500">
        Cordon cordons, taints (NoSchedule), labels and isolates; it never deletes, restarts, drains or evicts the suspects.
      </p>
      {canWrite && <ActionComposer key={linked} incidentId={incidentId} timeZone={timeZone} needsApproval={needsApproval} />}
      {actions.isError && <Alert tone="error" className="mt-3">{actions.error.message}</Alert>}
      <div className="mt-3 space-y-2" role="group" aria-label="Actions taken">
        {actions.data && shown.length === 0 && <p className="text-sm text-zinc-500">No actions taken on a cluster yet.</p>}
        {shown.map((action) => (
          <ActionCard
            key={action.id}
            action={action}
            timeZone={timeZone}
            approval={{ canWrite }}
          />
        ))}
      </div>
    </section>
  );
}
