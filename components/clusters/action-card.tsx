"use client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { isFinished } from "@/lib/clusters/action-status";
import type { ActionItem } from "@/lib/clusters/queries";
import { ActionStatusBadge } from "./action-status-badge";
import { ApprovalReview } from "./approval-review";
import { PlanTargets } from "./plan-targets";
import { ActionSteps } from "./action-steps";
import { describeTarget } from "@/lib/rules/quarantine/describe-target";
import { countOf } from "@/lib/rules/text/plural";

// `approval` is given where a waiting action can be judged (the war room's
// list); the composer's own preview card leaves it out.
type Props = { action: ActionItem; timeZone: string; approval?: { canWrite: boolean }; open?: boolean };

export function ActionCard({ action, timeZone, approval, open }: Props) {
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
      {action.reason && action.status !== "awaiting_approval" && <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Why: {action.reason}</p>}
      {action.status === "awaiting_approval" && approval && <ApprovalReview action={action} incidentId={action.incidentId} timeZone={timeZone} canWrite={approval.canWrite} />}
      {action.rejection && (
        <div className="mt-2" data-testid="action-rejection">
          <Alert tone="error">
            Rejected by {action.rejection.by}, <LocalTime at={action.rejection.at} timeZone={timeZone} />: {action.rejection.reason}. Nothing was sent to the cluster; preview and request it again if it is still needed.
          </Alert>
        </div>
      )}
      {action.error && (
        <Alert tone="error" className="mt-2">
          {action.error}
        </Alert>
      )}
      {action.touches && action.status !== "awaiting_approval" && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-medium text-zinc-600 dark:text-zinc-400">What it touches</summary>
          <div className="mt-1">
            <PlanTargets clusterName={action.clusterName} touches={action.touches} />
          </div>
        </details>
      )}
      {action.status !== "awaiting_approval" && (
      <details className="mt-2" open={open ?? !isFinished(action.status)}>
        <summary className="cursor-pointer text-xs font-medium text-zinc-600 dark:text-zinc-400">Steps ({action.steps.length})</summary>
        <div className="mt-2">
          <ActionSteps steps={action.steps} status={action.status} />
        </div>
      </details>
      )}
    </article>
  );
}
