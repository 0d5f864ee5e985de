import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ActionStatus, StepOutcomeView } from "@/lib/clusters/action-status";

const STATUS_TONES: Record<ActionStatus, BadgeTone> = {
  queued: "neutral",
  awaiting_approval: "yellow",
  running: "blue",
  previewed: "blue",
  succeeded: "green",
  failed: "red",
  rejected: "red",
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} data-testid="action-status" data-status={status}>
      {status.replace("_", " ")}
    </Badge>
  );
}

const OUTCOME_TONES: Record<StepOutcomeView, BadgeTone> = {
  applied: "green",
  "already-done": "green",
  "dry-run": "blue",
  skipped: "neutral",
  failed: "red",
  pending: "neutral",
  "not-run": "yellow",
};

const OUTCOME_LABELS: Record<StepOutcomeView, string> = {
  applied: "done",
  "already-done": "already so",
  "dry-run": "would work",
  skipped: "done earlier",
  failed: "failed",
  pending: "pending",
  "not-run": "not sent",
};

export function StepOutcomeBadge({ outcome }: { outcome: StepOutcomeView }) {
  return (
    <Badge tone={OUTCOME_TONES[outcome]} className="shrink-0">
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
