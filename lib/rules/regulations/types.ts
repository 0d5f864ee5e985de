// Plain, JSON-serialisable shapes of the regulation catalog. They carry no
// schema library so the database layer can store and load them as JSON;
// `schema.ts` validates admin-edited entries against exactly these shapes.
import type { TriggerKey } from "./triggers";

/** A deadline that yields a due instant once its trigger is known. */
export type FixedDeadline =
  | { kind: "hours"; hours: number }
  | { kind: "calendar_days"; days: number }
  | { kind: "business_days"; days: number }
  | { kind: "months"; months: number };

/**
 * "Without undue delay", "as soon as practicable/feasible", "immediately":
 * the law sets no due time. Policy may set an internal target, which is
 * shown but never presented as the legal deadline.
 */
export interface UndueDelayDeadline {
  kind: "undue_delay";
  /** The statute's own words, shown in explanations (default "without undue delay"). */
  wording?: string;
  internalTargetHours?: number;
}

export type Deadline = FixedDeadline | UndueDelayDeadline;

/** A second limit from another trigger; the obligation is due at the earlier of the two. */
export interface AdditionalLimit {
  trigger: TriggerKey;
  deadline: FixedDeadline;
}

export interface Obligation {
  /** Unique within its framework, e.g. "early_warning". */
  key: string;
  title: string;
  recipient: string;
  trigger: TriggerKey;
  deadline: Deadline;
  alsoNoLaterThan?: AdditionalLimit;
  /** Finer citation than the framework's, e.g. "23 NYCRR 500.17(c)". */
  citation?: string;
  /** Caveats a compliance reader needs next to the clock. */
  note?: string;
}

export interface Framework {
  key: string;
  name: string;
  jurisdiction: string;
  /** IANA zone in which calendar and business days end. */
  regulatorTimeZone: string;
  /** date-holidays code, "CC" or "CC-STATE" (e.g. "US", "AU-NSW"), for business-day counting. */
  holidayCalendar: string;
  sourceUrl: string;
  sourceCitation: string;
  /** False for proposed rules: shown for planning, never as a binding clock. */
  inForce: boolean;
  obligations: Obligation[];
}
