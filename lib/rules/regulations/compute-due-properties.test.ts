// Invariants checked over many trigger instants (every 13h13m17s through
// 2026–2028, so triggers land on every hour of the day, weekends, holidays
// and both DST transitions in every zone).
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "./catalog";
import { computeObligationDue, type TriggerTimes } from "./compute-due";
import { publicHolidayName } from "./holiday-calendar";
import { TRIGGER_KEYS } from "./triggers";

const STEP_MS = (13 * 3600 + 13 * 60 + 17) * 1000;
const instants: Date[] = [];
for (let t = Date.parse("2026-01-01T00:00:00Z"); t < Date.parse("2029-01-01T00:00:00Z"); t += STEP_MS) instants.push(new Date(t));
// Hand-picked edges the stride may miss: 2027-02-28 02:30 CET, whose date one
// month later (2027-03-28 02:30) is inside Brussels' spring-forward gap; the
// moments around each DST switch; and local midnights.
instants.push(
  ...[
    "2027-02-28T01:30:00Z",
    "2026-03-29T00:59:59.999Z", "2026-03-29T01:00:00Z",
    "2026-10-25T00:59:59.999Z", "2026-10-25T01:00:00Z",
    "2026-03-08T06:59:59.999Z", "2026-03-08T07:00:00Z",
    "2026-11-01T05:59:59.999Z", "2026-11-01T06:00:00Z",
    "2026-04-04T15:59:59.999Z", "2026-04-04T16:00:00Z",
    "2026-10-03T15:59:59.999Z", "2026-10-03T16:00:00Z",
    "2026-11-26T05:00:00Z", "2026-12-31T23:00:00Z", "2027-12-31T05:00:00Z",
  ].map((iso) => new Date(iso)),
);

function allTriggersAt(instant: Date): TriggerTimes {
  return Object.fromEntries(TRIGGER_KEYS.map((key) => [key, instant])) as TriggerTimes;
}

const pairs = DEFAULT_CATALOG.flatMap((framework) => framework.obligations.map((obligation) => ({ framework, obligation })));

describe("computeObligationDue — properties", () => {
  it("samples enough instants to mean something", () => {
    expect(instants.length).toBeGreaterThan(1900);
  });

  it("hour deadlines are exactly N × 3,600,000 ms after the trigger", () => {
    const hourly = pairs.filter(({ obligation }) => obligation.deadline.kind === "hours" && !obligation.alsoNoLaterThan);
    expect(hourly.length).toBeGreaterThanOrEqual(10);
    for (const { framework, obligation } of hourly) {
      const hours = obligation.deadline.kind === "hours" ? obligation.deadline.hours : Number.NaN;
      for (const instant of instants) {
        const { dueAt } = computeObligationDue(framework, obligation, allTriggersAt(instant));
        expect(dueAt!.getTime() - instant.getTime()).toBe(hours * 3_600_000);
      }
    }
  });

  it("a due time is never before its trigger", () => {
    for (const { framework, obligation } of pairs) {
      for (const instant of instants) {
        const { dueAt } = computeObligationDue(framework, obligation, allTriggersAt(instant));
        if (dueAt) expect(dueAt.getTime()).toBeGreaterThan(instant.getTime());
      }
    }
  });

  it("the earlier of two limits is never later than either", () => {
    const dora = DEFAULT_CATALOG.find((f) => f.key === "DORA_ART19")!;
    const initial = dora.obligations.find((o) => o.key === "initial_notification")!;
    for (const instant of instants) {
      const classified = new Date(instant.getTime() + 30 * 3_600_000);
      const { dueAt } = computeObligationDue(dora, initial, { AWARE: instant, CLASSIFIED_MAJOR: classified });
      expect(dueAt!.getTime()).toBe(instant.getTime() + 24 * 3_600_000);
      const early = computeObligationDue(dora, initial, { AWARE: instant, CLASSIFIED_MAJOR: instant });
      expect(early.dueAt!.getTime()).toBe(instant.getTime() + 4 * 3_600_000);
    }
  });

  it("calendar-day deadlines end at 23:59:59.999 on local day N after the trigger's local date", () => {
    for (const { framework, obligation } of pairs) {
      if (obligation.deadline.kind !== "calendar_days") continue;
      const zone = framework.regulatorTimeZone;
      for (const instant of instants) {
        const { dueAt } = computeObligationDue(framework, obligation, allTriggersAt(instant));
        const due = DateTime.fromJSDate(dueAt!, { zone });
        const start = DateTime.fromJSDate(instant, { zone }).startOf("day");
        expect(due.toFormat("HH:mm:ss.SSS")).toBe("23:59:59.999");
        expect(due.startOf("day").diff(start, "days").days).toBe(obligation.deadline.days);
      }
    }
  });

  it("business-day deadlines end at 23:59:59.999 on the Nth weekday that is not a public holiday", () => {
    for (const { framework, obligation } of pairs) {
      if (obligation.deadline.kind !== "business_days") continue;
      const zone = framework.regulatorTimeZone;
      for (const instant of instants) {
        const { dueAt } = computeObligationDue(framework, obligation, allTriggersAt(instant));
        const due = DateTime.fromJSDate(dueAt!, { zone });
        expect(due.toFormat("HH:mm:ss.SSS")).toBe("23:59:59.999");
        let businessDays = 0;
        for (let day = DateTime.fromJSDate(instant, { zone }).startOf("day").plus({ days: 1 }); day <= due; day = day.plus({ days: 1 })) {
          if (day.weekday <= 5 && !publicHolidayName(framework.holidayCalendar, day.toISODate()!)) businessDays += 1;
        }
        expect(businessDays).toBe(obligation.deadline.days);
        expect(due.weekday).toBeLessThanOrEqual(5);
        expect(publicHolidayName(framework.holidayCalendar, due.toISODate()!)).toBeUndefined();
      }
    }
  });

  it("month deadlines keep the local wall time and land on the same or the clamped day", () => {
    let gapShifts = 0;
    for (const { framework, obligation } of pairs) {
      if (obligation.deadline.kind !== "months") continue;
      const zone = framework.regulatorTimeZone;
      for (const instant of instants) {
        const { dueAt } = computeObligationDue(framework, obligation, allTriggersAt(instant));
        const start = DateTime.fromJSDate(instant, { zone });
        const due = DateTime.fromJSDate(dueAt!, { zone });
        const target = start.startOf("month").plus({ months: obligation.deadline.months });
        expect(due.toFormat("yyyy-MM")).toBe(target.toFormat("yyyy-MM"));
        expect(due.day).toBe(Math.min(start.day, target.daysInMonth!));
        if (due.toFormat("HH:mm:ss") === start.toFormat("HH:mm:ss")) continue;
        // Otherwise the wall time fell into a spring-forward gap (e.g.
        // 2027-02-28 02:16 → 2027-03-28 02:16, which does not exist in
        // Brussels): it moves forward by the size of the gap, one hour.
        gapShifts += 1;
        expect(due.offset - due.minus({ hours: 1 }).offset).toBe(60);
        expect(due.minus({ hours: 1 }).toFormat("HH:mm:ss")).not.toBe(start.toFormat("HH:mm:ss"));
        expect(due.toFormat("HH:mm:ss")).toBe(start.plus({ hours: 1 }).toFormat("HH:mm:ss"));
      }
    }
    expect(gapShifts).toBeGreaterThan(0);
  });
});
