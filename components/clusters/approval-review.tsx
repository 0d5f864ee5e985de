"use client";
import { Check, Eye, ShieldCheck, X } from "lucide-react";
import { useState } from "react";
import { ApiError } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useApproveClusterAction, useRejectClusterAction, useRequestClusterAction, type ActionItem } from "@/lib/clusters/queries";
import { ActionSteps } from "./action-steps";
import { PlanTargets } from "./plan-targets";

type Props = { action: ActionItem; incidentId: string; timeZone: string; canWrite: boolean };

// What the second person needs to judge a waiting action: who asks and why,
// what it will touch, and the previewed plan with the cluster's dry-run
// answer to every step. Approving re-checks the plan against the cluster;
// a stale preview is refused and a fresh one offered right here.
export function ApprovalReview({ action, incidentId, timeZone, canWrite }: Props) {
  const approve = useApproveClusterAction(incidentId);
  const reject = useRejectClusterAction(incidentId);
  const preview = useRequestClusterAction(incidentId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const shown = action.preview;
  const staleMessage = approve.error instanceof ApiError ? approve.error.fields?.preview?.join(" ") : undefined;
  const reasonError = reject.error instanceof ApiError ? (reject.error.fields?.reason?.join(" ") ?? reject.error.message) : undefined;
  const previewAgain = () => {
    approve.reset();
    preview.mutate({ clusterId: action.clusterId, action: action.action, target: action.target, options: action.options ?? {}, dryRun: true });
  };

  return (
    <div className="mt-2 space-y-2 rounded-md border border-yellow-300 bg-yellow-50 p-3 text-sm text-yellow-950 dark:border-yellow-800 dark:bg-yellow-950 dark:text-yellow-100" data-testid="approval-review">
      <p className="flex items-center gap-2 font-medium">
        <ShieldCheck className="size-4 shrink-0" aria-hidden />
        Waiting for a second person: this severity needs another responder to approve cluster actions.
      </p>
      <p>
        Asked by <span className="font-medium">{action.requestedBy.label}</span>, <LocalTime at={action.createdAt} timeZone={timeZone} />
        {action.reason ? (
          <>
            {" "}— why: <q data-testid="approval-reason">{action.reason}</q>
          </>
        ) : (
          " — no reason given."
        )}
      </p>
      {shown ? (
        <div data-testid="approval-preview">
          <p className="mb-1">
            Previewed by {shown.requestedBy.label}, <LocalTime at={shown.finishedAt ?? shown.createdAt} timeZone={timeZone} />: the cluster accepted every step below as a dry run; nothing has been changed yet.
          </p>
          {shown.touches && <PlanTargets clusterName={action.clusterName} touches={shown.touches} />}
          <ActionSteps steps={shown.steps} status={shown.status} />
        </div>
      ) : (
        <p data-testid="approval-no-preview">Nobody has previewed exactly this request yet, so there is no plan to judge. Preview it first.</p>
      )}
      {staleMessage && (
        <div data-testid="approval-stale">
          <Alert tone="error">{staleMessage}</Alert>
        </div>
      )}
      {approve.error && !staleMessage && <Alert tone="error">{approve.error.message}</Alert>}
      {preview.error && <Alert tone="error">{preview.error.message}</Alert>}
      {canWrite && (
        <div className="flex flex-wrap gap-2">
          {action.canApprove && shown && (
            <Button size="sm" onClick={() => approve.mutate(action.id)} disabled={approve.isPending || reject.isPending}>
              <Check className="size-4" aria-hidden /> {approve.isPending ? "Checking the cluster…" : "Approve and run"}
            </Button>
          )}
          {(staleMessage || !shown) && (
            <Button size="sm" variant="secondary" onClick={previewAgain} disabled={preview.isPending}>
              <Eye className="size-4" aria-hidden /> {shown ? "Preview again" : "Preview it"}
            </Button>
          )}
          {action.canReject && !rejecting && (
            <Button size="sm" variant="secondary" onClick={() => setRejecting(true)}>
              <X className="size-4" aria-hidden /> Reject…
            </Button>
          )}
          {!action.canApprove && <span className="self-center text-xs">Someone other than the requester decides.</span>}
        </div>
      )}
      {rejecting && (
        <form
          className="space-y-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            reject.mutate({ actionId: action.id, reason }, { onSuccess: () => setRejecting(false) });
          }}
        >
          <Field id={`reject-reason-${action.id}`} label="Why do you reject it? The requester reads this." error={reasonError}>
            <Textarea
              id={`reject-reason-${action.id}`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={2}
              maxLength={1000}
              aria-invalid={Boolean(reasonError)}
              aria-describedby={reasonError ? `reject-reason-${action.id}-error` : undefined}
              autoFocus
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="danger" disabled={reject.isPending}>Reject</Button>
            <Button size="sm" variant="ghost" onClick={() => { setRejecting(false); reject.reset(); }}>Cancel</Button>
          </div>
        </form>
      )}
    </div>
  );
}
