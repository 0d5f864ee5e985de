// Who must approve a review before it is published, and whether they have.
//
// Decisions, so every screen and API answers the same:
// - How many approvals a review needs comes from its severity's review
//   template (copied onto the review when drafted); a template that does not
//   say needs one where the incident closes only after a published review
//   (SEV1/SEV2 by default) and none elsewhere.
// - Only a named reviewer's decision counts, and only their latest one on
//   the current revision: a new revision starts the count again, and a
//   reviewer who approved and then asked for changes no longer approves.
// - An author may be named as a reviewer (small teams), but their approval
//   counts only when someone else approved too: a review nobody but its
//   authors read has not been reviewed.

export type ReviewDecision = "APPROVED" | "CHANGES_REQUESTED";

export function defaultRequiredApprovals(policy: { closeRequiresPostMortem: boolean }): number {
  return policy.closeRequiresPostMortem ? 1 : 0;
}

export interface DecisionRecord {
  reviewerId: string;
  decision: ReviewDecision;
  revision: number;
  decidedAt: Date;
}

export interface ApprovalInput {
  required: number;
  revision: number;
  reviewerIds: readonly string[];
  authorIds: readonly string[];
  decisions: readonly DecisionRecord[];
}

export interface ApprovalStatus {
  required: number;
  /** Reviewers whose latest decision on this revision is an approval and whose approval counts. */
  approvedBy: string[];
  changesRequestedBy: string[];
  satisfied: boolean;
  /** Why publishing is blocked, in words shown next to the button; empty when satisfied. */
  reasons: string[];
}

/** The latest decision of each named reviewer on the current revision. */
export function latestDecisions(input: Pick<ApprovalInput, "revision" | "reviewerIds" | "decisions">): Map<string, ReviewDecision> {
  const named = new Set(input.reviewerIds);
  const latest = new Map<string, DecisionRecord>();
  for (const record of input.decisions) {
    if (record.revision !== input.revision || !named.has(record.reviewerId)) continue;
    const seen = latest.get(record.reviewerId);
    if (!seen || seen.decidedAt.getTime() <= record.decidedAt.getTime()) latest.set(record.reviewerId, record);
  }
  return new Map([...latest].map(([id, record]) => [id, record.decision]));
}

export function evaluateApprovals(input: ApprovalInput): ApprovalStatus {
  const latest = latestDecisions(input);
  const approvers = [...latest].filter(([, decision]) => decision === "APPROVED").map(([id]) => id);
  const changesRequestedBy = [...latest].filter(([, decision]) => decision === "CHANGES_REQUESTED").map(([id]) => id);
  const authors = new Set(input.authorIds);
  const independent = approvers.filter((id) => !authors.has(id));
  const approvedBy = independent.length > 0 ? approvers : [];
  const reasons: string[] = [];
  if (changesRequestedBy.length > 0) {
    const n = changesRequestedBy.length;
    reasons.push(`${n} ${n === 1 ? "reviewer has" : "reviewers have"} asked for changes: address them and send the review again.`);
  }
  if (approvedBy.length < input.required) {
    if (input.reviewerIds.length === 0) {
      reasons.push(`Publishing needs ${approvalCount(input.required)}: name a reviewer first.`);
    } else if (approvers.length > 0 && independent.length === 0) {
      reasons.push(`Publishing needs ${approvalCount(input.required)} from someone other than the authors: ask another reviewer.`);
    } else {
      reasons.push(`Publishing needs ${approvalCount(input.required)}; it has ${approvedBy.length}.`);
    }
  }
  return { required: input.required, approvedBy, changesRequestedBy, satisfied: reasons.length === 0, reasons };
}

function approvalCount(n: number): string {
  return `${n} ${n === 1 ? "approval" : "approvals"}`;
}

export type DecisionRefusal = { kind: "not_reviewer" | "wrong_state" | "comment_required"; message: string };

/** A decision is accepted only from a named reviewer while the review is in review. */
export function checkDecision(input: { state: string; reviewerIds: readonly string[]; userId: string; decision: ReviewDecision; comment?: string }): DecisionRefusal | null {
  if (!input.reviewerIds.includes(input.userId)) return { kind: "not_reviewer", message: "Only a named reviewer can approve or ask for changes on this review." };
  if (input.state !== "IN_REVIEW") return { kind: "wrong_state", message: "Approvals and change requests are given while the review is in review." };
  if (input.decision === "CHANGES_REQUESTED" && (input.comment ?? "").trim() === "") {
    return { kind: "comment_required", message: "Asking for changes needs a comment: say what should change." };
  }
  return null;
}
