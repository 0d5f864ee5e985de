"use client";
import { ShieldCheck } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { isFinished } from "@/lib/clusters/action-status";
import type { ActionItem } from "@/lib/clusters/queries";
import { ActionStatusBadge } from "./action-status-badge";
import { ActionSteps } from "./action-steps";
import { describeTarget } from "./describe-target";
import { countOf } from "@/lib/rules/text/plural";

type Props = { action: ActionItem; timeZone: string; onApprove?: () => void; approving?: boolean; open?: boolean };

export function ActionCard({ action, timeZone, onApprove, approving, open }: Props) {
  const done = action.steps.filter((s) => ["applied", "already-done", "dry-run", "skipped"].includes(s.outcome)).length;
  return (
    <article className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-testid="cluster-action" data-action={action.action} data-dry-run={action.dryRun}>
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{action.label}</h3>
        <span className="text-sm text-zinc-600 dark:text-zinc-400">{describeTarget(action.target)}</span>
        <Badge>{action.clusterName}</Badge>
        {action.dryRun && <Badge tone="blue">preview</Badge>}
        <span className="ml-auto">
          <ActionStatusBadge status={action.status} />
        </span>
      </header>
      <p className="mt-1 text-xs text-zinc-500">
        Requested by {action.requestedBy.label} · <LocalTime at={action.createdAt} timeZone={timeZone} />
        {action.approvedAt && (
          <>
            {" "}
            · approved <LocalTime at={action.approvedAt} timeZone={timeZone} />
          </>
        )}
        {action.steps.length > 0 && ` · ${done} of ${countOf(action.steps.length, "step")} ${action.dryRun ? "checked" : "done"}`}
      </p>
      {action.status === "awaiting_approval" && (
        <div className="mt-2 flex flex-wrap items-center gap-2 rounded bg-yellow-50 px-2 py-1.5 text-sm text-yellow-900 dark:bg-yellow-950 dark:text-yellow-200">
          <ShieldCheck className="size-4" aria-hidden />
          This severity needs a second person to approve cluster actions.
          {onApprove && action.canApprove && (
            <Button size="sm" className="ml-auto" onClick={onApprove} disabled={approving}>
              Approve
            </Button>
          )}
          {!action.canApprove && <span className="ml-auto text-xs">Waiting for someone other than the requester.</span>}
        </div>
      )}
      {action.error && (
        <Alert tone="error" className="mt-2">
          {action.error}
        </Alert>
      )}
      <details className="mt-2" open={open ?? !isFinished(action.status)}>
        <summary className="cursor-pointer text-xs font-medium text-zinc-600 dark:text-zinc-400">Steps ({action.steps.length})</summary>
        <div className="mt-2">
          <ActionSteps steps={action.steps} status={action.status} />
        </div>
      </details>
    </article>
  );
}
