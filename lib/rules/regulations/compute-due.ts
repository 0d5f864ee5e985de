// Turns a catalog obligation plus the incident's recorded trigger times into
// a due instant and a one-sentence explanation a lawyer can check by hand.
import {
  addCalendarMonths,
  addElapsedHours,
  endOfBusinessDays,
  endOfCalendarDays,
} from "./deadline-arithmetic";
import { formatLocal, formatLocalDate, toZone } from "./format-local";
import { describeHolidayCalendar } from "./holiday-calendar";
import { TRIGGERS, type TriggerKey } from "./triggers";
import type { FixedDeadline, Framework, Obligation, UndueDelayDeadline } from "./types";

export type TriggerTimes = Partial<Record<TriggerKey, Date>>;

export interface ObligationDue {
  /** Null when the law sets no fixed time or a trigger is still missing. */
  dueAt: Date | null;
  basis: string;
  /** Triggers that must be recorded before a due time exists. */
  awaiting?: TriggerKey[];
  /** Policy target for "without undue delay" obligations; not a legal deadline. */
  internalTargetAt?: Date;
}

type Zoning = Pick<Framework, "regulatorTimeZone" | "holidayCalendar">;

interface Limit {
  dueAt: Date;
  /** "4 business days after materiality was determined (…), skipping …" */
  reason: string;
  /** "end of day 2026-12-02 America/New_York (23:59:59.999 local time)" */
  dueText: string;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function describeDuration(deadline: FixedDeadline): string {
  switch (deadline.kind) {
    case "hours":
      return plural(deadline.hours, "hour");
    case "calendar_days":
      return plural(deadline.days, "calendar day");
    case "business_days":
      return plural(deadline.days, "business day");
    case "months":
      return plural(deadline.months, "month");
  }
}

function endOfDayText(dueAt: Date, zone: string): string {
  return `end of day ${formatLocalDate(dueAt, zone)} ${zone} (23:59:59.999 local time)`;
}

function computeLimit(deadline: FixedDeadline, triggerKey: TriggerKey, trigger: Date, zoning: Zoning): Limit {
  const zone = zoning.regulatorTimeZone;
  const after = `${describeDuration(deadline)} after ${TRIGGERS[triggerKey].clause} (${formatLocal(trigger, zone)})`;
  switch (deadline.kind) {
    case "hours": {
      const dueAt = addElapsedHours(trigger, deadline.hours);
      const shift = (toZone(dueAt, zone).offset - toZone(trigger, zone).offset) / 60;
      const dst = shift === 0 ? "" : `, so the daylight-saving change in between moves the local clock time by ${plural(Math.abs(shift), "hour")}`;
      return { dueAt, reason: `${after}, counted as elapsed time${dst}`, dueText: formatLocal(dueAt, zone) };
    }
    case "calendar_days": {
      const dueAt = endOfCalendarDays(trigger, deadline.days, zone);
      return { dueAt, reason: `${after}, counting from the following day`, dueText: endOfDayText(dueAt, zone) };
    }
    case "business_days": {
      const { dueAt, skippedHolidays } = endOfBusinessDays(trigger, deadline.days, zone, zoning.holidayCalendar);
      const skipped = skippedHolidays.map((h) => `${h.name} ${h.date}`).join(", ");
      const reason = `${after}, skipping weekends and ${describeHolidayCalendar(zoning.holidayCalendar)}${skipped ? ` (${skipped})` : ""}`;
      return { dueAt, reason, dueText: endOfDayText(dueAt, zone) };
    }
    case "months": {
      const { dueAt, clamped } = addCalendarMonths(trigger, deadline.months, zone);
      const clamp = clamped ? ", moved back to the last day of that month because it is shorter" : "";
      return { dueAt, reason: `${after}, on the same day of the month at the same local time${clamp}`, dueText: formatLocal(dueAt, zone) };
    }
  }
}

function wordingOf(deadline: UndueDelayDeadline): string {
  return deadline.wording ?? "without undue delay";
}

function awaitingBasis(framework: Framework, obligation: Obligation, missing: TriggerKey[], triggers: TriggerTimes): string {
  const names = missing.map((k) => TRIGGERS[k].label.toLowerCase()).join(" and ");
  const { deadline, alsoNoLaterThan: also } = obligation;
  const terms = deadline.kind === "undue_delay" ? `${wordingOf(deadline)}, no fixed deadline` : describeDuration(deadline);
  const alsoTime = also ? triggers[also.trigger] : undefined;
  const pendingCap = also && !alsoTime ? `, and no later than ${describeDuration(also.deadline)} after "${TRIGGERS[also.trigger].label}"` : "";
  const knownCap = also && alsoTime
    ? `, and in any case it is due no later than ${computeLimit(also.deadline, also.trigger, alsoTime, framework).dueText}`
    : "";
  const verb = missing.length === 1 ? "it is" : "they are";
  if (deadline.kind === "undue_delay" && !also) {
    return `Awaiting: ${names}; once ${verb} recorded, notice is due ${wordingOf(deadline)} (no fixed deadline).`;
  }
  return `Awaiting: ${names}; the clock (${terms}${pendingCap}) starts when ${verb} recorded${knownCap}.`;
}

/**
 * Due instant for one obligation. Missing triggers yield `dueAt: null` and
 * `awaiting`; "without undue delay" yields `dueAt: null` unless a second,
 * fixed limit applies; two limits yield the earlier.
 */
export function computeObligationDue(framework: Framework, obligation: Obligation, triggers: TriggerTimes): ObligationDue {
  const also = obligation.alsoNoLaterThan;
  const needed = [obligation.trigger, ...(also && also.trigger !== obligation.trigger ? [also.trigger] : [])];
  for (const key of needed) {
    const at = triggers[key];
    if (at && Number.isNaN(at.getTime())) throw new RangeError(`Trigger ${key} is not a valid date.`);
  }
  const missing = needed.filter((key) => !triggers[key]);
  if (missing.length > 0) {
    return { dueAt: null, awaiting: missing, basis: awaitingBasis(framework, obligation, missing, triggers) };
  }

  const zone = framework.regulatorTimeZone;
  const start = triggers[obligation.trigger] as Date;
  const cap = also ? computeLimit(also.deadline, also.trigger, triggers[also.trigger] as Date, framework) : undefined;
  const { deadline } = obligation;

  if (deadline.kind === "undue_delay") {
    const soft = `${wordingOf(deadline)} after ${TRIGGERS[obligation.trigger].clause} (${formatLocal(start, zone)})`;
    if (cap) {
      return { dueAt: cap.dueAt, basis: `${capitalize(soft)}, and no later than ${cap.reason}; due ${cap.dueText}.` };
    }
    if (deadline.internalTargetHours === undefined) {
      return { dueAt: null, basis: `No fixed deadline: ${soft}; no internal target is set.` };
    }
    const internalTargetAt = addElapsedHours(start, deadline.internalTargetHours);
    return {
      dueAt: null,
      internalTargetAt,
      basis: `No fixed deadline: ${soft}; internal target ${plural(deadline.internalTargetHours, "hour")} (${formatLocal(internalTargetAt, zone)}).`,
    };
  }

  const main = computeLimit(deadline, obligation.trigger, start, framework);
  if (!cap) return { dueAt: main.dueAt, basis: `${main.reason}; due ${main.dueText}.` };
  const earlier = cap.dueAt.getTime() < main.dueAt.getTime() ? cap : main;
  return {
    dueAt: earlier.dueAt,
    basis: `The earlier of ${main.reason}, which is ${main.dueText}, and ${cap.reason}, which is ${cap.dueText}; due ${earlier.dueText}.`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
