import { describe, expect, it } from "vitest";
import { obligationStatus, reminderPoints } from "./obligation-status";

const d = (iso: string) => new Date(iso);
const start = d("2026-03-28T08:00:00Z");
const due = d("2026-03-31T08:00:00Z"); // 72-hour window

describe("obligationStatus", () => {
  it.each([
    // 10h of 72h elapsed (14%), 62h left.
    ["pending early in the window", "2026-03-28T18:00:00Z", "pending"],
    // 53h59m elapsed: 74.99% and 18h left → still pending.
    ["pending just under 75%", "2026-03-30T13:59:00Z", "pending"],
    // 54h elapsed = exactly 75%.
    ["due soon at 75% of the window", "2026-03-30T14:00:00Z", "due_soon"],
    // At the due instant itself it is not yet late.
    ["due soon at the due instant", "2026-03-31T08:00:00Z", "due_soon"],
    ["overdue one millisecond after", "2026-03-31T08:00:00.001Z", "overdue"],
  ])("%s", (_name, now, expected) => {
    expect(obligationStatus({ dueAt: due, windowStart: start, now: d(now) })).toBe(expected);
  });

  it("is due soon under one hour before due even early in a long window", () => {
    // A window of 60 days with 59 minutes left is > 75% anyway; use no windowStart to isolate the 1h rule.
    expect(obligationStatus({ dueAt: due, now: d("2026-03-31T07:01:00Z") })).toBe("due_soon");
    expect(obligationStatus({ dueAt: due, now: d("2026-03-31T07:00:00Z") })).toBe("pending");
  });

  it("prefers a recorded filing, then not-applicable, over the clock", () => {
    const now = d("2026-04-10T00:00:00Z");
    expect(obligationStatus({ dueAt: due, now, submittedAt: d("2026-04-01T00:00:00Z"), notApplicableAt: d("2026-04-02T00:00:00Z") })).toBe("submitted");
    expect(obligationStatus({ dueAt: due, now, notApplicableAt: d("2026-04-02T00:00:00Z") })).toBe("not_applicable");
  });

  it("uses a granted extension instead of the computed due time", () => {
    const now = d("2026-04-01T00:00:00Z");
    expect(obligationStatus({ dueAt: due, now, windowStart: start })).toBe("overdue");
    expect(obligationStatus({ dueAt: due, now, windowStart: start, extendedDueAt: d("2026-04-20T00:00:00Z") })).toBe("pending");
  });

  it("stays pending when there is no fixed due time", () => {
    expect(obligationStatus({ dueAt: null, now: d("2030-01-01T00:00:00Z"), windowStart: start })).toBe("pending");
  });
});

describe("reminderPoints", () => {
  it("gives 50/75/90% and 1 hour before due for a 72-hour window", () => {
    expect(reminderPoints(start, due).map((p) => [p.label, p.at.toISOString()])).toEqual([
      ["50%", "2026-03-29T20:00:00.000Z"], // +36h
      ["75%", "2026-03-30T14:00:00.000Z"], // +54h
      ["90%", "2026-03-31T00:48:00.000Z"], // +64.8h
      ["1h", "2026-03-31T07:00:00.000Z"],
    ]);
  });

  it("collapses 90% into 1h when they coincide (10-hour window)", () => {
    const points = reminderPoints(d("2026-01-01T00:00:00Z"), d("2026-01-01T10:00:00Z"));
    expect(points.map((p) => p.label)).toEqual(["50%", "75%", "1h"]);
    expect(points[2]!.at.toISOString()).toBe("2026-01-01T09:00:00.000Z");
  });

  it("drops the 1h point when it would be before the window starts (45-minute window)", () => {
    const points = reminderPoints(d("2026-01-01T00:00:00Z"), d("2026-01-01T00:45:00Z"));
    expect(points.map((p) => p.label)).toEqual(["50%", "75%", "90%"]);
  });

  it("drops the 1h point at the very start of a one-hour window", () => {
    expect(reminderPoints(d("2026-01-01T00:00:00Z"), d("2026-01-01T01:00:00Z")).map((p) => p.label)).toEqual(["50%", "75%", "90%"]);
  });

  it("returns nothing for an empty or inverted window", () => {
    expect(reminderPoints(due, due)).toEqual([]);
    expect(reminderPoints(due, start)).toEqual([]);
  });
});
