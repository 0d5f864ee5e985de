// Guards turn a move the table allows into one this incident may make now.
// Each returns the reasons it blocks (empty = passes); every message says
// what is wrong and what to do, because it is shown as-is next to the button.
import type { TaskState } from "./clocks";
import type { SeverityPolicy } from "./severity-policy";
import { STATUS_LABELS, type IncidentStatus } from "./statuses";
import { isReasonRequired, type TransitionKind } from "./transition-table";

export interface TransitionContext {
  status: IncidentStatus;
  severityPolicy: Pick<SeverityPolicy, "key" | "closeRequiresPostMortem">;
  hasLead: boolean;
  /** The incident's tasks created from evidence-preservation runbook templates. */
  evidenceTasks: readonly { title: string; state: TaskState }[];
  /** "unsupported" when no post-mortem module is installed: the guard then stands aside rather than block closing forever. */
  postMortemPublished: boolean | "unsupported";
  /** All open tasks; when omitted the open-task guard is skipped. */
  openTaskCount?: number;
  /** Titles of reporting obligations neither filed nor marked not applicable; when omitted the guard is skipped. */
  unsettledObligations?: readonly string[];
  reason?: string;
}

export interface Move {
  from: IncidentStatus;
  to: IncidentStatus;
  kind: TransitionKind;
}

export type TransitionGuard = (ctx: TransitionContext, move: Move) => string[];

export function requireLead(ctx: TransitionContext, move: Move): string[] {
  // Dismissing an alert during triage needs no lead, and a closed incident
  // can't get roles assigned until it is reopened, so reopening can't need one.
  if (move.kind === "reopen" || (move.kind === "dismiss" && move.from === "TRIAGE")) return [];
  return ctx.hasLead ? [] : ["An incident needs a lead before it can move past triage: assign a lead first."];
}

export function requireReason(ctx: TransitionContext, move: Move): string[] {
  if (!isReasonRequired(move.kind) || (ctx.reason ?? "").trim() !== "") return [];
  switch (move.kind) {
    case "dismiss":
      return [`Closing from ${STATUS_LABELS[move.from]} as a false positive needs a reason: say why this is not an incident.`];
    case "reopen":
      return ["Reopening a closed incident needs a reason: say what new information came to light."];
    default:
      return [
        `Moving back from ${STATUS_LABELS[move.from]} to ${STATUS_LABELS[move.to]} needs a reason: say what did not hold, e.g. why containment failed.`,
      ];
  }
}

// Applies to every forward move from INVESTIGATING on, not only the one into
// CONTAINED: raising the severity mid-response can add evidence tasks, and
// eradication must not start before they are done.
export function requireEvidencePreserved(ctx: TransitionContext, move: Move): string[] {
  if (move.kind !== "advance" || move.from === "TRIAGE") return [];
  const pending = ctx.evidenceTasks.filter((t) => t.state === "open").map((t) => t.title);
  if (pending.length === 0) return [];
  return [
    `${STATUS_LABELS[move.to]} needs the evidence-preservation tasks done or waived with a reason: ${pending.join(", ")}`,
  ];
}

/** Close guard: an incident closed as resolved has no unfinished work. */
export function requireTasksFinished(ctx: TransitionContext, move: Move): string[] {
  if (move.kind !== "advance" || ctx.openTaskCount === undefined || ctx.openTaskCount <= 0) return [];
  const n = ctx.openTaskCount;
  return [`${n} ${n === 1 ? "task is" : "tasks are"} still open: finish or waive ${n === 1 ? "it" : "them"} before closing.`];
}

/** Close guard: severities that demand a review close only once it is published. A false positive has nothing to review. */
export function requirePublishedPostMortem(ctx: TransitionContext, move: Move): string[] {
  if (move.kind !== "advance" || !ctx.severityPolicy.closeRequiresPostMortem) return [];
  if (ctx.postMortemPublished !== false) return [];
  return [`A ${ctx.severityPolicy.key} incident closes only after its post-mortem is published: publish it first.`];
}

/**
 * Close guard: a legal clock does not stop when the incident does. Closing,
 * as resolved or as a false positive, needs every reporting obligation filed
 * or marked not applicable with a reason, so the record says why.
 */
export function requireObligationsSettled(ctx: TransitionContext): string[] {
  const open = ctx.unsettledObligations ?? [];
  if (open.length === 0) return [];
  const n = open.length;
  return [`${n} reporting ${n === 1 ? "obligation is" : "obligations are"} still open: record the filing or mark ${n === 1 ? "it" : "them"} not applicable with a reason before closing (${open.join("; ")}).`];
}

export const DEFAULT_CLOSE_GUARDS: readonly TransitionGuard[] = [requireTasksFinished, requirePublishedPostMortem, requireObligationsSettled];
