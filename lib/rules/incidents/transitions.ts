// The incident state machine: the table says which moves exist, the guards
// say whether this incident may make one now. Pure, so the server action, the
// API and the UI's disabled buttons all give the same answer.
import { INCIDENT_STATUSES, STATUS_LABELS, type IncidentStatus } from "./statuses";
import {
  DEFAULT_CLOSE_GUARDS,
  requireEvidencePreserved,
  requireLead,
  requireReason,
  type TransitionContext,
  type TransitionGuard,
} from "./transition-guards";
import { classifyTransition, explainMissingTransition, isReasonRequired, type TransitionKind } from "./transition-table";

export interface TransitionOptions {
  /** Checked on every move into CLOSED; pass your own list to add guards (e.g. from the post-mortem module). */
  closeGuards?: readonly TransitionGuard[];
}

export type TransitionCheck =
  | { allowed: true; kind: TransitionKind }
  | { allowed: false; kind: TransitionKind | null; reasons: string[] };

export interface TransitionOption {
  to: IncidentStatus;
  label: string;
  /** Null when the move does not exist; such options are for explaining, not for buttons. */
  kind: TransitionKind | null;
  /** The UI asks for a reason; availability below assumes one will be given. */
  needsReason: boolean;
  allowed: boolean;
  reasons: string[];
}

function evaluate(
  ctx: TransitionContext,
  to: IncidentStatus,
  options: TransitionOptions,
  checkReason: boolean,
): TransitionCheck {
  const from = ctx.status;
  const kind = classifyTransition(from, to);
  if (kind === null) return { allowed: false, kind: null, reasons: [explainMissingTransition(from, to)] };
  const move = { from, to, kind };
  const guards: TransitionGuard[] = [requireLead, requireEvidencePreserved];
  if (checkReason) guards.push(requireReason);
  if (to === "CLOSED") guards.push(...(options.closeGuards ?? DEFAULT_CLOSE_GUARDS));
  const reasons = guards.flatMap((guard) => guard(ctx, move));
  return reasons.length === 0 ? { allowed: true, kind } : { allowed: false, kind, reasons };
}

/** Whether the incident may move to `to` now; when not, every blocking reason. */
export function checkTransition(
  ctx: TransitionContext,
  to: IncidentStatus,
  options: TransitionOptions = {},
): TransitionCheck {
  return evaluate(ctx, to, options, true);
}

/** Every other status with whether it can be reached now and why not, for the status buttons. */
export function availableTransitions(ctx: TransitionContext, options: TransitionOptions = {}): TransitionOption[] {
  return INCIDENT_STATUSES.filter((to) => to !== ctx.status).map((to) => {
    const check = evaluate(ctx, to, options, false);
    return {
      to,
      label: STATUS_LABELS[to],
      kind: check.kind,
      needsReason: check.kind !== null && isReasonRequired(check.kind),
      allowed: check.allowed,
      reasons: check.allowed ? [] : check.reasons,
    };
  });
}
