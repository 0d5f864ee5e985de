// Which status changes exist at all, before any guard is consulted. The table
// is written out in full so a reviewer can check every move against NIST
// SP 800-61 without reading code:
//
//   advance  — the next phase, or RECOVERED → CLOSED for severities whose
//              review is not a separate phase (the close guards still apply).
//   dismiss  — TRIAGE or INVESTIGATING → CLOSED as a false positive or
//              duplicate; needs a reason. Not offered once CONTAINED: by then
//              cluster isolation may be in place, and recovery must undo it.
//   revert   — back to an earlier phase (never TRIAGE) when a phase did not
//              hold, e.g. containment failed; needs a reason.
//   reopen   — CLOSED → INVESTIGATING only; needs a reason.
import { INCIDENT_STATUSES, STATUS_LABELS, getStatusOrder, type IncidentStatus } from "./statuses";

export type TransitionKind = "advance" | "dismiss" | "revert" | "reopen";

export const TRANSITION_TABLE: Readonly<Record<IncidentStatus, Partial<Record<IncidentStatus, TransitionKind>>>> = {
  TRIAGE: { INVESTIGATING: "advance", CLOSED: "dismiss" },
  INVESTIGATING: { CONTAINED: "advance", CLOSED: "dismiss" },
  CONTAINED: { ERADICATED: "advance", INVESTIGATING: "revert" },
  ERADICATED: { RECOVERED: "advance", INVESTIGATING: "revert", CONTAINED: "revert" },
  RECOVERED: {
    POST_INCIDENT: "advance",
    CLOSED: "advance",
    INVESTIGATING: "revert",
    CONTAINED: "revert",
    ERADICATED: "revert",
  },
  POST_INCIDENT: {
    CLOSED: "advance",
    INVESTIGATING: "revert",
    CONTAINED: "revert",
    ERADICATED: "revert",
    RECOVERED: "revert",
  },
  CLOSED: { INVESTIGATING: "reopen" },
};

/** The kind of move from → to, or null when the table has no such move. */
export function classifyTransition(from: IncidentStatus, to: IncidentStatus): TransitionKind | null {
  return TRANSITION_TABLE[from][to] ?? null;
}

export function isReasonRequired(kind: TransitionKind): boolean {
  return kind !== "advance";
}

/** Why a move that is not in the table can't be made, and what to do instead. */
export function explainMissingTransition(from: IncidentStatus, to: IncidentStatus): string {
  if (from === to) return `The incident is already ${STATUS_LABELS[to]}.`;
  if (from === "CLOSED") return "A closed incident reopens into Investigating: reopen it first, then move it on from there.";
  if (to === "TRIAGE") {
    return "An incident can't go back to Triage once it has been triaged: move it back to Investigating instead.";
  }
  const next = INCIDENT_STATUSES[getStatusOrder(from) + 1];
  if (to === "CLOSED" && next !== undefined) {
    return `Once contained, an incident closes only after recovery, even if it was a false positive: move to ${STATUS_LABELS[next]} first.`;
  }
  return next === undefined
    ? `${STATUS_LABELS[from]} can't move to ${STATUS_LABELS[to]}.`
    : `Phases can't be skipped: move to ${STATUS_LABELS[next]} first.`;
}
