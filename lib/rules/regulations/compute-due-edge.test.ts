// Behaviour that the default catalog does not exercise but an admin-edited
// entry can: a soft deadline with a hard cap, a month deadline whose wall
// time falls into a DST gap, and bad input.
import { describe, expect, it } from "vitest";
import { computeObligationDue } from "./compute-due";
import type { Framework, Obligation } from "./types";

function framework(zone: string, obligation: Obligation): Framework {
  return {
    key: "CUSTOM",
    name: "Custom contract clause",
    jurisdiction: "Contract",
    regulatorTimeZone: zone,
    holidayCalendar: "US",
    sourceUrl: "https://example.com/contract",
    sourceCitation: "Master services agreement §9.2",
    inForce: true,
    obligations: [obligation],
  };
}

describe("computeObligationDue — admin-defined entries", () => {
  it("'without undue delay, and no later than 72 hours' is due at the hard limit", () => {
    const obligation: Obligation = {
      key: "notify_customer",
      title: "Notify the customer",
      recipient: "Customer",
      trigger: "AWARE",
      deadline: { kind: "undue_delay" },
      alsoNoLaterThan: { trigger: "AWARE", deadline: { kind: "hours", hours: 72 } },
    };
    // 2026-11-01 04:00Z = 00:00 EDT; +72h = 2026-11-04 04:00Z = 2026-11-03 23:00 EST.
    const result = computeObligationDue(framework("America/New_York", obligation), obligation, { AWARE: new Date("2026-11-01T04:00:00Z") });
    expect(result.dueAt?.toISOString()).toBe("2026-11-04T04:00:00.000Z");
    expect(result.awaiting).toBeUndefined();
    expect(result.basis).toBe(
      "Without undue delay after the organisation became aware of the breach or incident (2026-11-01 00:00 America/New_York), and no later than 72 hours after the organisation became aware of the breach or incident (2026-11-01 00:00 America/New_York), counted as elapsed time, so the daylight-saving change in between moves the local clock time by 1 hour; due 2026-11-03 23:00 America/New_York.",
    );
  });

  it("a month deadline whose wall time does not exist moves to the first valid time after the gap", () => {
    const obligation: Obligation = {
      key: "report",
      title: "Monthly follow-up",
      recipient: "Customer",
      trigger: "NOTIFICATION_SUBMITTED",
      deadline: { kind: "months", months: 1 },
    };
    // 2026-02-08 02:30 EST = 07:30Z; 2026-03-08 02:30 does not exist in New York (02:00 → 03:00 EDT),
    // so the due time is 03:30 EDT = 07:30Z.
    const result = computeObligationDue(framework("America/New_York", obligation), obligation, {
      NOTIFICATION_SUBMITTED: new Date("2026-02-08T07:30:00Z"),
    });
    expect(result.dueAt?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(result.basis).toContain("due 2026-03-08 03:30 America/New_York");
  });

  it("shows seconds when the trigger has them", () => {
    const obligation: Obligation = { key: "r", title: "R", recipient: "X", trigger: "NOTICED", deadline: { kind: "hours", hours: 6 } };
    const result = computeObligationDue(framework("Asia/Kolkata", obligation), obligation, { NOTICED: new Date("2026-06-01T20:00:42Z") });
    expect(result.dueAt?.toISOString()).toBe("2026-06-02T02:00:42.000Z");
    expect(result.basis).toContain("(2026-06-02 01:30:42 Asia/Kolkata)");
  });

  it("rejects an invalid trigger date instead of computing NaN", () => {
    const obligation: Obligation = { key: "r", title: "R", recipient: "X", trigger: "AWARE", deadline: { kind: "hours", hours: 1 } };
    expect(() => computeObligationDue(framework("Europe/Brussels", obligation), obligation, { AWARE: new Date("nonsense") })).toThrow(/not a valid date/);
  });

  it("rejects an unknown time zone with a message naming it", () => {
    const obligation: Obligation = { key: "r", title: "R", recipient: "X", trigger: "AWARE", deadline: { kind: "calendar_days", days: 1 } };
    expect(() => computeObligationDue(framework("Mars/Olympus", obligation), obligation, { AWARE: new Date("2026-01-01T00:00:00Z") })).toThrow(/Mars\/Olympus/);
  });
});
