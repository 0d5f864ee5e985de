import { describe, expect, it } from "vitest";
import { buildWeeklyTrends, formatMinutes, meanMinutes, weekStartOf } from "./trends";

const now = new Date("2026-12-04T12:00:00.000Z"); // a Friday
const at = (iso: string) => new Date(iso);

describe("weekly trends", () => {
  it("starts weeks on Monday (UTC)", () => {
    expect(weekStartOf(now).toISOString().slice(0, 10)).toBe("2026-11-30");
  });

  it("counts incidents open at each week's end by severity", () => {
    const points = buildWeeklyTrends(
      [
        { severityKey: "SEV1", declaredAt: at("2026-11-24T10:00:00Z"), acknowledgedAt: at("2026-11-24T10:10:00Z"), containedAt: null, resolvedAt: at("2026-12-01T00:00:00Z"), closedAt: null },
        { severityKey: "SEV2", declaredAt: at("2026-12-02T10:00:00Z"), acknowledgedAt: null, containedAt: null, resolvedAt: null, closedAt: null },
      ],
      [],
      now,
      2,
    );
    expect(points.map((p) => p.week)).toEqual(["2026-11-23", "2026-11-30"]);
    expect(points[0]!.open).toEqual({ SEV1: 1 });
    expect(points[1]!.open).toEqual({ SEV2: 1 });
    expect(points[0]!.minutesToAcknowledge).toBe(10);
    expect(points[1]!.minutesToAcknowledge).toBeNull();
  });

  it("sorts deadlines into met and late, ignoring those still running and those not applicable", () => {
    const due = at("2026-12-01T12:00:00Z");
    const [point] = buildWeeklyTrends(
      [],
      [
        { dueAt: due, submittedAt: at("2026-12-01T11:00:00Z"), notApplicableAt: null },
        { dueAt: due, submittedAt: at("2026-12-01T13:00:00Z"), notApplicableAt: null },
        { dueAt: due, submittedAt: null, notApplicableAt: null },
        { dueAt: due, submittedAt: null, notApplicableAt: at("2026-12-01T10:00:00Z") },
        { dueAt: at("2026-12-05T12:00:00Z"), submittedAt: null, notApplicableAt: null },
      ],
      now,
      1,
    );
    expect(point).toMatchObject({ deadlinesMet: 1, deadlinesLate: 2 });
  });
});

describe("measured minutes", () => {
  it("tells zero from not measured", () => {
    expect(meanMinutes([[at("2026-12-01T10:00:00Z"), null]])).toBeNull();
    expect(meanMinutes([[at("2026-12-01T10:00:00Z"), at("2026-12-01T10:00:00Z")]])).toBe(0);
    expect(formatMinutes(null)).toBe("—");
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(150)).toBe("2.5 h");
  });
});
