import { Fingerprint } from "lucide-react";
import type { ActionStatus } from "@/lib/clusters/action-status";
import type { StepItem } from "@/lib/clusters/queries";
import { StepOutcomeBadge } from "./action-status-badge";

function failureMessage(failure: unknown): string | undefined {
  return typeof failure === "object" && failure !== null && "message" in failure ? String((failure as { message: unknown }).message) : undefined;
}

// Every planned call: what it does, exactly what goes on the wire, and what
// the cluster answered (or, in a preview, what it would do).
const NO_STEPS: Record<ActionStatus, string> = {
  awaiting_approval: "Cordon re-reads the cluster and plans again when the action runs; the previewed plan is shown above.",
  queued: "Queued: Cordon reads the cluster and plans when the action starts.",
  running: "Planning: reading the cluster…",
  previewed: "Nothing to do.",
  succeeded: "Nothing to do.",
  failed: "Nothing was sent to the cluster.",
  rejected: "Rejected: nothing was sent to the cluster.",
};

export function ActionSteps({ steps, status }: { steps: StepItem[]; status: ActionStatus }) {
  if (steps.length === 0) return <p className="text-xs text-zinc-500">{NO_STEPS[status]}</p>;
  return (
    <ol className="space-y-1.5" aria-label="Steps">
      {steps.map((step) => (
        <li key={step.key} className="rounded border border-zinc-100 px-2 py-1.5 text-xs dark:border-zinc-800" data-testid="action-step" data-outcome={step.outcome}>
          <div className="flex items-start gap-2">
            <StepOutcomeBadge outcome={step.outcome} />
            <span className="min-w-0 flex-1 text-sm">{step.title}</span>
            {step.httpStatus !== null && <span className="font-mono text-zinc-500">HTTP {step.httpStatus}</span>}
          </div>
          <p className="mt-0.5 break-all font-mono text-[11px] text-zinc-500">
            {step.method} {step.path}
            {step.attempts > 1 ? ` · ${step.attempts} attempts` : ""}
          </p>
          {step.note && <p className="mt-0.5 text-zinc-600 dark:text-zinc-400">{step.note}</p>}
          {failureMessage(step.failure) && <p className="mt-0.5 font-medium text-red-700 dark:text-red-400">{failureMessage(step.failure)}</p>}
          {step.evidence && (
            <p className="mt-0.5 flex items-center gap-1 text-green-700 dark:text-green-400" data-testid="step-evidence">
              <Fingerprint className="size-3.5" aria-hidden /> Evidence kept · SHA-256 <span className="font-mono">{step.evidence.sha256}</span> · {step.evidence.size} bytes
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
