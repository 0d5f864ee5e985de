// The four ways a fixed deadline is counted (REGULATIONS.md "Counting
// rules"). Every zone and DST step goes through luxon.
import type { DateTime } from "luxon";
import { toZone } from "./format-local";
import { publicHolidayName } from "./holiday-calendar";

const HOUR_MS = 3_600_000;

/** Hours are elapsed time: a DST change in between does not stretch or shrink them. */
export function addElapsedHours(trigger: Date, hours: number): Date {
  return new Date(trigger.getTime() + hours * HOUR_MS);
}

/**
 * "End of day" is the last millisecond before the next local day starts
 * (23:59:59.999 on ordinary days). Defining it from the next day's start
 * stays correct in zones whose midnight is skipped by a DST change.
 */
export function endOfLocalDay(day: DateTime): Date {
  return day.plus({ days: 1 }).startOf("day").minus({ milliseconds: 1 }).toJSDate();
}

/**
 * Calendar days: day 1 is the day after the trigger's local date, and the
 * deadline ends at the end of day N in the regulator's zone.
 */
export function endOfCalendarDays(trigger: Date, days: number, zone: string): Date {
  return endOfLocalDay(toZone(trigger, zone).startOf("day").plus({ days }));
}

export interface BusinessDaysResult {
  dueAt: Date;
  /** Weekday public holidays that were skipped, in order. */
  skippedHolidays: Array<{ date: string; name: string }>;
}

/**
 * Business days: day 1 is the first business day after the trigger's local
 * date; Saturdays, Sundays and the calendar's public holidays are skipped;
 * the deadline ends at the end of business day N in the regulator's zone.
 */
export function endOfBusinessDays(trigger: Date, days: number, zone: string, calendar: string): BusinessDaysResult {
  const skippedHolidays: Array<{ date: string; name: string }> = [];
  let day = toZone(trigger, zone).startOf("day");
  let counted = 0;
  while (counted < days) {
    day = day.plus({ days: 1 });
    if (day.weekday >= 6) continue;
    const isoDate = day.toISODate() ?? "";
    const holiday = publicHolidayName(calendar, isoDate);
    if (holiday) {
      skippedHolidays.push({ date: isoDate, name: holiday });
      continue;
    }
    counted += 1;
  }
  return { dueAt: endOfLocalDay(day), skippedHolidays };
}

export interface MonthsResult {
  dueAt: Date;
  /** True when the trigger's day of month does not exist in the target month. */
  clamped: boolean;
}

/**
 * Months: the same day of the month N months later at the same local wall
 * time. luxon clamps a missing day to the month's last day (Jan 31 + 1 month
 * → Feb 28, or Feb 29 in a leap year) and moves a wall time that falls in a
 * spring-forward gap to the first valid time after it.
 */
export function addCalendarMonths(trigger: Date, months: number, zone: string): MonthsResult {
  const start = toZone(trigger, zone);
  const due = start.plus({ months });
  return { dueAt: due.toJSDate(), clamped: due.day !== start.day };
}
