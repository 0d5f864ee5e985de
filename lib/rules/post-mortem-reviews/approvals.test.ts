import { describe, expect, it } from "vitest";
import { checkDecision, defaultRequiredApprovals, evaluateApprovals, type DecisionRecord } from "./approvals";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 12, minute));
const decision = (reviewerId: string, d: DecisionRecord["decision"], minute: number, revision = 1): DecisionRecord => ({ reviewerId, decision: d, revision, decidedAt: at(minute) });

describe("required approvals", () => {
  it("defaults to one where closing needs a review and none elsewhere", () => {
    expect(defaultRequiredApprovals({ closeRequiresPostMortem: true })).toBe(1);
    expect(defaultRequiredApprovals({ closeRequiresPostMortem: false })).toBe(0);
  });
});

describe("evaluateApprovals", () => {
  const base = { required: 1, revision: 1, reviewerIds: ["rev-a", "rev-b"], authorIds: ["author"] };

  it("is satisfied by one approval from a named reviewer", () => {
    const status = evaluateApprovals({ ...base, decisions: [decision("rev-a", "APPROVED", 1)] });
    expect(status).toMatchObject({ satisfied: true, approvedBy: ["rev-a"], reasons: [] });
  });

  it("asks for a reviewer when none is named", () => {
    const status = evaluateApprovals({ ...base, reviewerIds: [], decisions: [] });
    expect(status.reasons).toEqual(["Publishing needs 1 approval: name a reviewer first."]);
  });

  it("counts only approvals on the current revision", () => {
    const status = evaluateApprovals({ ...base, revision: 2, decisions: [decision("rev-a", "APPROVED", 1, 1)] });
    expect(status).toMatchObject({ satisfied: false, approvedBy: [], reasons: ["Publishing needs 1 approval; it has 0."] });
  });

  it("ignores decisions from people no longer named as reviewers", () => {
    const status = evaluateApprovals({ ...base, reviewerIds: ["rev-b"], decisions: [decision("rev-a", "APPROVED", 1)] });
    expect(status.satisfied).toBe(false);
  });

  it("uses each reviewer's latest decision", () => {
    const changed = evaluateApprovals({ ...base, decisions: [decision("rev-a", "APPROVED", 1), decision("rev-a", "CHANGES_REQUESTED", 2)] });
    expect(changed).toMatchObject({ satisfied: false, approvedBy: [], changesRequestedBy: ["rev-a"] });
    expect(changed.reasons[0]).toBe("1 reviewer has asked for changes: address them and send the review again.");
    const approvedAgain = evaluateApprovals({ ...base, decisions: [decision("rev-a", "CHANGES_REQUESTED", 1), decision("rev-a", "APPROVED", 2)] });
    expect(approvedAgain.satisfied).toBe(true);
  });

  it("blocks while any reviewer asks for changes, even with enough approvals", () => {
    const status = evaluateApprovals({ ...base, decisions: [decision("rev-a", "APPROVED", 1), decision("rev-b", "CHANGES_REQUESTED", 2)] });
    expect(status.satisfied).toBe(false);
  });

  it("does not let the authors approve their own review alone", () => {
    const status = evaluateApprovals({ ...base, reviewerIds: ["author"], decisions: [decision("author", "APPROVED", 1)] });
    expect(status.reasons).toEqual(["Publishing needs 1 approval from someone other than the authors: ask another reviewer."]);
    const withOther = evaluateApprovals({ ...base, required: 2, reviewerIds: ["author", "rev-a"], decisions: [decision("author", "APPROVED", 1), decision("rev-a", "APPROVED", 2)] });
    expect(withOther).toMatchObject({ satisfied: true, approvedBy: ["author", "rev-a"] });
  });

  it("needs nothing when the severity requires no approval", () => {
    expect(evaluateApprovals({ ...base, required: 0, reviewerIds: [], decisions: [] }).satisfied).toBe(true);
  });

  it("counts several required approvals", () => {
    const status = evaluateApprovals({ ...base, required: 2, decisions: [decision("rev-a", "APPROVED", 1)] });
    expect(status.reasons).toEqual(["Publishing needs 2 approvals; it has 1."]);
  });
});

describe("checkDecision", () => {
  const ok = { state: "IN_REVIEW", reviewerIds: ["rev-a"], userId: "rev-a", decision: "APPROVED" as const };
  it("accepts a named reviewer's approval in review", () => expect(checkDecision(ok)).toBeNull());
  it("refuses a non-reviewer", () => expect(checkDecision({ ...ok, userId: "someone" })).toMatchObject({ kind: "not_reviewer", message: expect.stringMatching(/Only a named reviewer/) }));
  it("refuses outside review", () => expect(checkDecision({ ...ok, state: "DRAFT" })).toMatchObject({ kind: "wrong_state" }));
  it("needs a comment to ask for changes", () => {
    expect(checkDecision({ ...ok, decision: "CHANGES_REQUESTED", comment: "   " })).toEqual({ kind: "comment_required", message: "Asking for changes needs a comment: say what should change." });
    expect(checkDecision({ ...ok, decision: "CHANGES_REQUESTED", comment: "Root cause is thin" })).toBeNull();
  });
});
