// Key times feed the response metrics (time to contain, to resolve, to
// close). They describe the current truth: when a phase is undone, its time
// is cleared so the metric measures the containment that actually held. The
// earlier attempt stays on the timeline.
import { getStatusOrder, type IncidentStatus } from "./statuses";
import { classifyTransition } from "./transition-table";

export type KeyTimeField = "containedAt" | "resolvedAt" | "closedAt";

const KEY_TIMES: readonly { status: IncidentStatus; field: KeyTimeField }[] = [
  { status: "CONTAINED", field: "containedAt" },
  { status: "RECOVERED", field: "resolvedAt" },
  { status: "CLOSED", field: "closedAt" },
];

/** The key time that entering `to` records, or null (TRIAGE, INVESTIGATING, ERADICATED, POST_INCIDENT record none). */
export function keyTimeForStatus(to: IncidentStatus): KeyTimeField | null {
  return KEY_TIMES.find((k) => k.status === to)?.field ?? null;
}

export interface KeyTimeChanges {
  /** Set to the transition's time. */
  stamp: KeyTimeField | null;
  /** Set to null. */
  clear: KeyTimeField[];
}

/**
 * What a move does to the key times. Forward moves stamp the target's time;
 * backward moves and reopening stamp nothing (the earlier time still holds,
 * e.g. ERADICATED → CONTAINED keeps containedAt) and clear the times of every
 * phase after the target. Throws for a move the table does not have, since
 * callers must check the transition first.
 */
export function planKeyTimeChanges(from: IncidentStatus, to: IncidentStatus): KeyTimeChanges {
  const kind = classifyTransition(from, to);
  if (kind === null) throw new RangeError(`No transition from ${from} to ${to}`);
  if (kind === "advance" || kind === "dismiss") return { stamp: keyTimeForStatus(to), clear: [] };
  const clear = KEY_TIMES.filter((k) => getStatusOrder(k.status) > getStatusOrder(to)).map((k) => k.field);
  return { stamp: null, clear };
}
