// The review's key-time strip and phase chart: plain arithmetic over the
// incident's key times and its recorded status changes. Nothing is guessed —
// a duration whose end points are missing is reported as missing, not zero.
import type { IncidentStatus } from "../incidents/statuses";

export type KeyTimes = {
  detectedAt: Date;
  declaredAt: Date;
  acknowledgedAt: Date | null;
  containedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

export type KeyTimeName = keyof KeyTimes;

export type StatusChange = { at: Date; from: IncidentStatus; to: IncidentStatus };

export type DurationKey = "detect" | "acknowledge" | "contain" | "resolve" | "declaredToClosed";

export type KeyDuration = {
  key: DurationKey;
  label: string;
  from: KeyTimeName;
  to: KeyTimeName;
  /** Milliseconds, or null when an end point is missing or the times are out of order. */
  ms: number | null;
  /** Why there is no number: the key times not recorded, or "out_of_order". */
  missing: KeyTimeName[];
  outOfOrder: boolean;
};

// Which two key times each duration spans. Containment and resolution are
// measured from detection, as the response metrics (insights) do.
export const DURATION_SPANS: readonly { key: DurationKey; label: string; from: KeyTimeName; to: KeyTimeName }[] = [
  { key: "detect", label: "Time to declare (detected → declared)", from: "detectedAt", to: "declaredAt" },
  { key: "acknowledge", label: "Time to acknowledge (declared → acknowledged)", from: "declaredAt", to: "acknowledgedAt" },
  { key: "contain", label: "Time to contain (detected → contained)", from: "detectedAt", to: "containedAt" },
  { key: "resolve", label: "Time to resolve (detected → resolved)", from: "detectedAt", to: "resolvedAt" },
  { key: "declaredToClosed", label: "Declared → closed", from: "declaredAt", to: "closedAt" },
];

export function computeKeyDurations(times: KeyTimes): KeyDuration[] {
  return DURATION_SPANS.map((span) => {
    const start = times[span.from];
    const end = times[span.to];
    const missing = [!start ? span.from : null, !end ? span.to : null].filter((name): name is KeyTimeName => name !== null);
    if (!start || !end) return { ...span, ms: null, missing, outOfOrder: false };
    const ms = end.getTime() - start.getTime();
    // A corrected key time can end up before its start; a negative duration
    // would mislead, so it is flagged instead.
    if (ms < 0) return { ...span, ms: null, missing: [], outOfOrder: true };
    return { ...span, ms, missing: [], outOfOrder: false };
  });
}

export type PhaseSpan = { status: IncidentStatus; start: Date; end: Date; ms: number; ongoing: boolean };

/**
 * The incident's phases as consecutive spans, from declaration through each
 * recorded status change up to `now` (for the phase still in progress).
 * Reverts and reopenings appear as a second span of the same status, so the
 * chart shows what really happened. Changes are sorted by time; changes
 * before the declaration are ignored.
 */
export function computePhaseSpans(declaredAt: Date, changes: readonly StatusChange[], now: Date, initial: IncidentStatus = "TRIAGE"): PhaseSpan[] {
  const sorted = changes.filter((c) => c.at.getTime() >= declaredAt.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  const spans: PhaseSpan[] = [];
  let status = sorted[0]?.from ?? initial;
  let start = declaredAt;
  for (const change of sorted) {
    spans.push({ status, start, end: change.at, ms: change.at.getTime() - start.getTime(), ongoing: false });
    status = change.to;
    start = change.at;
  }
  // A closed incident's last span is the closing moment itself, not a phase.
  if (status !== "CLOSED") {
    const end = now.getTime() > start.getTime() ? now : start;
    spans.push({ status, start, end, ms: end.getTime() - start.getTime(), ongoing: true });
  }
  return spans.filter((span) => span.ms > 0 || span.ongoing);
}

/** Every time the incident was reopened after closing. */
export function findReopenings(changes: readonly StatusChange[]): Date[] {
  return changes.filter((c) => c.from === "CLOSED").map((c) => c.at).sort((a, b) => a.getTime() - b.getTime());
}

/** "2 h 05 min", "3 d 4 h", "45 s" — a duration as people say it. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  const days = Math.floor(hours / 24);
  return `${days} d ${hours % 24} h`;
}
