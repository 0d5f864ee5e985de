import { describe, expect, it } from "vitest";
import { INCIDENT_STATUSES, type IncidentStatus } from "./statuses";
import type { TransitionContext, TransitionGuard } from "./transition-guards";
import { availableTransitions, checkTransition } from "./transitions";
import { classifyTransition } from "./transition-table";

// The expected table, written out by hand. Rows: from; columns: to, in NIST order.
// A = advance (no reason), D = dismiss as false positive, R = revert, O = reopen
// (D/R/O need a reason). Any other cell is the exact message a missing move gives.
const same = (label: string) => `The incident is already ${label}.`;
const skip = (next: string) => `Phases can't be skipped: move to ${next} first.`;
const TRIAGE_BACK = "An incident can't go back to Triage once it has been triaged: move it back to Investigating instead.";
const CLOSED_ONLY_REOPEN = "A closed incident reopens into Investigating: reopen it first, then move it on from there.";
const closeAfterRecovery = (next: string) =>
  `Once contained, an incident closes only after recovery, even if it was a false positive: move to ${next} first.`;

type Cell = "A" | "D" | "R" | "O" | { missing: string };
const m = (message: string): Cell => ({ missing: message });

//                        TRIAGE           INVESTIGATING          CONTAINED                ERADICATED               RECOVERED                  POST_INCIDENT                     CLOSED
const EXPECTED: Record<IncidentStatus, Cell[]> = {
  TRIAGE: /*        */ [m(same("Triage")), "A", m(skip("Investigating")), m(skip("Investigating")), m(skip("Investigating")), m(skip("Investigating")), "D"],
  INVESTIGATING: /* */ [m(TRIAGE_BACK), m(same("Investigating")), "A", m(skip("Contained")), m(skip("Contained")), m(skip("Contained")), "D"],
  CONTAINED: /*     */ [m(TRIAGE_BACK), "R", m(same("Contained")), "A", m(skip("Eradicated")), m(skip("Eradicated")), m(closeAfterRecovery("Eradicated"))],
  ERADICATED: /*    */ [m(TRIAGE_BACK), "R", "R", m(same("Eradicated")), "A", m(skip("Recovered")), m(closeAfterRecovery("Recovered"))],
  RECOVERED: /*     */ [m(TRIAGE_BACK), "R", "R", "R", m(same("Recovered")), "A", "A"],
  POST_INCIDENT: /* */ [m(TRIAGE_BACK), "R", "R", "R", "R", m(same("Post-incident review")), "A"],
  CLOSED: /*        */ [m(CLOSED_ONLY_REOPEN), "O", m(CLOSED_ONLY_REOPEN), m(CLOSED_ONLY_REOPEN), m(CLOSED_ONLY_REOPEN), m(CLOSED_ONLY_REOPEN), m(same("Closed"))],
};

const KIND_BY_CODE = { A: "advance", D: "dismiss", R: "revert", O: "reopen" } as const;
const TO_ORDER: IncidentStatus[] = ["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED", "RECOVERED", "POST_INCIDENT", "CLOSED"];

const LABEL: Record<IncidentStatus, string> = {
  TRIAGE: "Triage",
  INVESTIGATING: "Investigating",
  CONTAINED: "Contained",
  ERADICATED: "Eradicated",
  RECOVERED: "Recovered",
  POST_INCIDENT: "Post-incident review",
  CLOSED: "Closed",
};

function reasonMessage(code: "D" | "R" | "O", from: IncidentStatus, to: IncidentStatus): string {
  if (code === "D") return `Closing from ${LABEL[from]} as a false positive needs a reason: say why this is not an incident.`;
  if (code === "O") return "Reopening a closed incident needs a reason: say what new information came to light.";
  return `Moving back from ${LABEL[from]} to ${LABEL[to]} needs a reason: say what did not hold, e.g. why containment failed.`;
}

// Every guard satisfied, so only the table and the reason requirement decide.
function ready(status: IncidentStatus, overrides: Partial<TransitionContext> = {}): TransitionContext {
  return {
    status,
    severityPolicy: { key: "SEV1", closeRequiresPostMortem: true },
    hasLead: true,
    evidenceTasks: [
      { title: "Snapshot the node's disk", state: "done" },
      { title: "Collect pod and node logs", state: "waived" },
    ],
    postMortemPublished: true,
    openTaskCount: 0,
    ...overrides,
  };
}

const PAIRS = TO_ORDER.flatMap((from) =>
  TO_ORDER.map((to, i) => {
    const cell = EXPECTED[from][i];
    if (cell === undefined) throw new Error(`expected table is missing ${from} → ${to}`);
    return { from, to, cell };
  }),
);

const MOVES = PAIRS.flatMap(({ from, to, cell }) => (typeof cell === "string" ? [{ from, to, cell }] : []));

function blockedReasons(ctx: TransitionContext, to: IncidentStatus, options?: { closeGuards?: readonly TransitionGuard[] }) {
  const result = checkTransition(ctx, to, options);
  return result.allowed ? [] : result.reasons;
}

describe("transition table", () => {
  it("covers every status pair", () => {
    expect(TO_ORDER).toEqual([...INCIDENT_STATUSES]);
    expect(PAIRS).toHaveLength(49);
    expect(MOVES).toHaveLength(20);
  });

  it.each(PAIRS)("$from → $to with every guard met and a reason", ({ from, to, cell }) => {
    const result = checkTransition(ready(from, { reason: "confirmed by the on-call engineer" }), to);
    if (typeof cell === "string") {
      expect(result).toEqual({ allowed: true, kind: KIND_BY_CODE[cell] });
      expect(classifyTransition(from, to)).toBe(KIND_BY_CODE[cell]);
    } else {
      expect(result).toEqual({ allowed: false, kind: null, reasons: [cell.missing] });
      expect(classifyTransition(from, to)).toBeNull();
    }
  });

  it.each(PAIRS)("$from → $to with every guard met and no reason", ({ from, to, cell }) => {
    const result = checkTransition(ready(from), to);
    if (cell === "A") {
      expect(result).toEqual({ allowed: true, kind: "advance" });
    } else if (typeof cell === "string") {
      expect(result).toEqual({ allowed: false, kind: KIND_BY_CODE[cell], reasons: [reasonMessage(cell, from, to)] });
    } else {
      expect(result).toEqual({ allowed: false, kind: null, reasons: [cell.missing] });
    }
  });

  const REASONED = MOVES.flatMap(({ from, to, cell }) => (cell === "A" ? [] : [{ from, to, cell }]));
  it.each(REASONED)("$from → $to rejects a blank reason", ({ from, to, cell }) => {
    expect(blockedReasons(ready(from, { reason: "   \n" }), to)).toEqual([reasonMessage(cell, from, to)]);
  });
});

describe("lead guard", () => {
  const LEAD_MESSAGE = "An incident needs a lead before it can move past triage: assign a lead first.";
  // Only dismissing from triage and reopening work without a lead.
  const WITHOUT_LEAD_ALLOWED = new Set(["TRIAGE>CLOSED", "CLOSED>INVESTIGATING"]);

  it.each(MOVES)("$from → $to without a lead", ({ from, to }) => {
    const reasons = blockedReasons(ready(from, { hasLead: false, reason: "because" }), to);
    expect(reasons).toEqual(WITHOUT_LEAD_ALLOWED.has(`${from}>${to}`) ? [] : [LEAD_MESSAGE]);
  });
});

describe("evidence-preservation guard", () => {
  const openEvidence = [
    { title: "Snapshot the node's disk", state: "open" as const },
    { title: "Quarantine record", state: "done" as const },
    { title: "Collect pod and node logs", state: "open" as const },
    { title: "Memory capture", state: "waived" as const },
  ];
  const GUARDED: Record<string, string> = {
    "INVESTIGATING>CONTAINED": "Contained",
    "CONTAINED>ERADICATED": "Eradicated",
    "ERADICATED>RECOVERED": "Recovered",
    "RECOVERED>POST_INCIDENT": "Post-incident review",
    "RECOVERED>CLOSED": "Closed",
    "POST_INCIDENT>CLOSED": "Closed",
  };

  it.each(MOVES)("$from → $to with evidence tasks open", ({ from, to }) => {
    const reasons = blockedReasons(ready(from, { evidenceTasks: openEvidence, reason: "because" }), to);
    const target = GUARDED[`${from}>${to}`];
    expect(reasons).toEqual(
      target === undefined
        ? []
        : [`${target} needs the evidence-preservation tasks done or waived with a reason: Snapshot the node's disk, Collect pod and node logs`],
    );
  });

  it("gives the exact containment message", () => {
    expect(blockedReasons(ready("INVESTIGATING", { evidenceTasks: openEvidence }), "CONTAINED")).toEqual([
      "Contained needs the evidence-preservation tasks done or waived with a reason: Snapshot the node's disk, Collect pod and node logs",
    ]);
  });

  it("passes with no evidence tasks at all", () => {
    expect(checkTransition(ready("INVESTIGATING", { evidenceTasks: [] }), "CONTAINED").allowed).toBe(true);
  });
});

describe("close guards", () => {
  const closes = [
    { from: "RECOVERED" as const, kind: "advance" },
    { from: "POST_INCIDENT" as const, kind: "advance" },
  ];

  it.each(closes)("post-mortem required and unpublished blocks $from → CLOSED", ({ from }) => {
    expect(blockedReasons(ready(from, { postMortemPublished: false }), "CLOSED")).toEqual([
      "A SEV1 incident closes only after its post-mortem is published: publish it first.",
    ]);
  });

  it("names the incident's own severity", () => {
    const ctx = ready("POST_INCIDENT", { postMortemPublished: false, severityPolicy: { key: "SEV2", closeRequiresPostMortem: true } });
    expect(blockedReasons(ctx, "CLOSED")).toEqual(["A SEV2 incident closes only after its post-mortem is published: publish it first."]);
  });

  it("does not ask for a post-mortem when the severity does not require one", () => {
    const ctx = ready("RECOVERED", { postMortemPublished: false, severityPolicy: { key: "SEV4", closeRequiresPostMortem: false } });
    expect(checkTransition(ctx, "CLOSED")).toEqual({ allowed: true, kind: "advance" });
  });

  it("stands aside when post-mortems are unsupported", () => {
    expect(checkTransition(ready("POST_INCIDENT", { postMortemPublished: "unsupported" }), "CLOSED").allowed).toBe(true);
  });

  it.each(["TRIAGE", "INVESTIGATING"] as const)("does not need a post-mortem or finished tasks to dismiss from %s", (from) => {
    const ctx = ready(from, { postMortemPublished: false, openTaskCount: 4, reason: "duplicate of INC-1041" });
    expect(checkTransition(ctx, "CLOSED")).toEqual({ allowed: true, kind: "dismiss" });
  });

  it("blocks closing, resolved or dismissed, while a reporting obligation is open, naming each", () => {
    const open = ["Notify the supervisory authority (GDPR Art. 33)", "File Form 8-K Item 1.05"];
    expect(blockedReasons(ready("POST_INCIDENT", { unsettledObligations: open }), "CLOSED")).toEqual([
      "2 reporting obligations are still open: record the filing or mark them not applicable with a reason before closing (Notify the supervisory authority (GDPR Art. 33); File Form 8-K Item 1.05).",
    ]);
    expect(blockedReasons(ready("TRIAGE", { unsettledObligations: open.slice(0, 1), reason: "false positive" }), "CLOSED")).toEqual([
      "1 reporting obligation is still open: record the filing or mark it not applicable with a reason before closing (Notify the supervisory authority (GDPR Art. 33)).",
    ]);
    expect(checkTransition(ready("POST_INCIDENT", { unsettledObligations: [] }), "CLOSED").allowed).toBe(true);
  });

  it.each([
    [1, "1 task is still open: finish or waive it before closing."],
    [3, "3 tasks are still open: finish or waive them before closing."],
  ])("blocks closing with %i open tasks", (n, message) => {
    expect(blockedReasons(ready("POST_INCIDENT", { openTaskCount: n }), "CLOSED")).toEqual([message]);
  });

  it("skips the open-task guard when the count is not given", () => {
    expect(checkTransition(ready("POST_INCIDENT", { openTaskCount: undefined }), "CLOSED").allowed).toBe(true);
  });

  it("does not apply close guards to other moves", () => {
    const ctx = ready("RECOVERED", { postMortemPublished: false, openTaskCount: 2 });
    expect(checkTransition(ctx, "POST_INCIDENT").allowed).toBe(true);
  });

  it("reports every failing guard at once", () => {
    const ctx = ready("RECOVERED", {
      hasLead: false,
      evidenceTasks: [{ title: "Snapshot the node's disk", state: "open" }],
      openTaskCount: 1,
      postMortemPublished: false,
    });
    expect(blockedReasons(ctx, "CLOSED")).toEqual([
      "An incident needs a lead before it can move past triage: assign a lead first.",
      "Closed needs the evidence-preservation tasks done or waived with a reason: Snapshot the node's disk",
      "1 task is still open: finish or waive it before closing.",
      "A SEV1 incident closes only after its post-mortem is published: publish it first.",
    ]);
  });

  it("uses the close guards it is given instead of the defaults", () => {
    const legalSignOff: TransitionGuard = (_ctx, move) => (move.kind === "advance" ? ["Legal has not signed off: ask Legal to sign off."] : []);
    const ctx = ready("POST_INCIDENT", { postMortemPublished: false });
    expect(blockedReasons(ctx, "CLOSED", { closeGuards: [legalSignOff] })).toEqual(["Legal has not signed off: ask Legal to sign off."]);
    expect(checkTransition(ctx, "CLOSED", { closeGuards: [] }).allowed).toBe(true);
  });

  it("passes the move to a custom guard", () => {
    const seen: string[] = [];
    const spy: TransitionGuard = (_ctx, move) => {
      seen.push(`${move.from}>${move.to}:${move.kind}`);
      return [];
    };
    checkTransition(ready("TRIAGE", { reason: "noise" }), "CLOSED", { closeGuards: [spy] });
    checkTransition(ready("TRIAGE"), "INVESTIGATING", { closeGuards: [spy] });
    expect(seen).toEqual(["TRIAGE>CLOSED:dismiss"]);
  });
});

describe("availableTransitions", () => {
  it("lists every other status with its kind, reason need and blockers", () => {
    const ctx = ready("CONTAINED", { evidenceTasks: [{ title: "Collect pod and node logs", state: "open" }] });
    expect(availableTransitions(ctx)).toEqual([
      { to: "TRIAGE", label: "Triage", kind: null, needsReason: false, allowed: false, reasons: [TRIAGE_BACK] },
      { to: "INVESTIGATING", label: "Investigating", kind: "revert", needsReason: true, allowed: true, reasons: [] },
      {
        to: "ERADICATED",
        label: "Eradicated",
        kind: "advance",
        needsReason: false,
        allowed: false,
        reasons: ["Eradicated needs the evidence-preservation tasks done or waived with a reason: Collect pod and node logs"],
      },
      { to: "RECOVERED", label: "Recovered", kind: null, needsReason: false, allowed: false, reasons: [skip("Eradicated")] },
      { to: "POST_INCIDENT", label: "Post-incident review", kind: null, needsReason: false, allowed: false, reasons: [skip("Eradicated")] },
      { to: "CLOSED", label: "Closed", kind: null, needsReason: false, allowed: false, reasons: [closeAfterRecovery("Eradicated")] },
    ]);
  });

  it.each(MOVES)("offers $from → $to when guards pass, without a reason typed yet", ({ from, to, cell }) => {
    const option = availableTransitions(ready(from)).find((o) => o.to === to);
    expect(option).toMatchObject({ kind: KIND_BY_CODE[cell], needsReason: cell !== "A", allowed: true, reasons: [] });
  });

  it("still reports guards other than the reason", () => {
    const options = availableTransitions(ready("CLOSED", { hasLead: false }));
    expect(options.find((o) => o.to === "INVESTIGATING")).toMatchObject({ allowed: true, needsReason: true });
    const fromTriage = availableTransitions(ready("TRIAGE", { hasLead: false }));
    expect(fromTriage.find((o) => o.to === "INVESTIGATING")?.reasons).toEqual([
      "An incident needs a lead before it can move past triage: assign a lead first.",
    ]);
  });
});
