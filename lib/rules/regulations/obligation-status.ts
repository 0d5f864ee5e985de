// Where an obligation stands right now, and when to remind people about it.

export type ObligationStatus = "pending" | "due_soon" | "overdue" | "submitted" | "not_applicable";

export interface ObligationStatusInput {
  /** Computed legal due time; null for "without undue delay" or a missing trigger. */
  dueAt: Date | null;
  submittedAt?: Date | null;
  notApplicableAt?: Date | null;
  /** A granted extension (e.g. the SEC national-security delay) replaces dueAt. */
  extendedDueAt?: Date | null;
  now: Date;
  /** When the clock started (the trigger time); without it only the 1-hour rule applies. */
  windowStart?: Date | null;
}

const HOUR_MS = 3_600_000;
/** Share of the window after which an obligation counts as due soon. */
export const DUE_SOON_FRACTION = 0.75;

/**
 * A recorded filing wins over everything (it is the fact regulators ask
 * about), then a not-applicable decision. An open obligation is overdue
 * strictly after its due instant, and due soon once 75% of its window has
 * elapsed or less than one hour is left — whichever comes first, so short
 * clocks (CERT-In's 6 hours) and long ones (HIPAA's 60 days) both warn in time.
 */
export function obligationStatus(input: ObligationStatusInput): ObligationStatus {
  if (input.submittedAt) return "submitted";
  if (input.notApplicableAt) return "not_applicable";
  const due = input.extendedDueAt ?? input.dueAt;
  if (!due) return "pending";
  const now = input.now.getTime();
  const dueMs = due.getTime();
  if (now > dueMs) return "overdue";
  if (dueMs - now < HOUR_MS) return "due_soon";
  const start = input.windowStart?.getTime();
  if (start !== undefined && dueMs > start) {
    const elapsed = (now - start) / (dueMs - start);
    if (elapsed >= DUE_SOON_FRACTION) return "due_soon";
  }
  return "pending";
}

export type ReminderLabel = "50%" | "75%" | "90%" | "1h";

export interface ReminderPoint {
  at: Date;
  label: ReminderLabel;
}

/** Reminders closer together than this are one reminder. */
const COLLAPSE_MS = 60_000;

/**
 * Reminders at 50%, 75% and 90% of the window and one hour before due, in
 * time order. Points at or before the window start are dropped (a 45-minute
 * clock gets no "1h" reminder); points within a minute of each other
 * collapse into one, keeping "1h" because "due in one hour" tells a person
 * more than a percentage.
 */
export function reminderPoints(windowStart: Date, dueAt: Date): ReminderPoint[] {
  const start = windowStart.getTime();
  const due = dueAt.getTime();
  if (!(due > start)) return [];
  const span = due - start;
  const candidates: ReminderPoint[] = [
    { label: "1h", at: new Date(due - HOUR_MS) },
    { label: "50%", at: new Date(start + Math.round(span * 0.5)) },
    { label: "75%", at: new Date(start + Math.round(span * 0.75)) },
    { label: "90%", at: new Date(start + Math.round(span * 0.9)) },
  ];
  const kept: ReminderPoint[] = [];
  for (const point of candidates) {
    const at = point.at.getTime();
    if (at <= start) continue;
    if (kept.some((k) => Math.abs(k.at.getTime() - at) < COLLAPSE_MS)) continue;
    kept.push(point);
  }
  return kept.sort((a, b) => a.at.getTime() - b.at.getTime());
}
