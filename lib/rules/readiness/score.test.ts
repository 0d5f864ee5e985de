import { describe, expect, it } from "vitest";
import { outcomeOf, scoreChecks } from "./score";

describe("readiness score", () => {
  it.each([
    { name: "all pass", checks: [{ severity: "critical", findings: [] }, { severity: "low", findings: [] }], score: 100 },
    { name: "a failed critical (10) beside a passing low (1)", checks: [{ severity: "critical", findings: [{ status: "fail" }] }, { severity: "low", findings: [] }], score: 9 },
    { name: "a warning earns half its weight", checks: [{ severity: "high", findings: [{ status: "warn" }] }, { severity: "high", findings: [] }], score: 75 },
    { name: "the worst finding decides a check", checks: [{ severity: "medium", findings: [{ status: "warn" }, { status: "fail" }] }, { severity: "medium", findings: [] }], score: 50 },
    { name: "unknown checks are left out of both sides", checks: [{ severity: "critical", findings: [{ status: "unknown" }] }, { severity: "low", findings: [] }], score: 100 },
    { name: "nothing judged gives no score", checks: [{ severity: "high", findings: [{ status: "unknown" }] }], score: null },
  ] as const)("$name → $score", ({ checks, score }) => {
    expect(scoreChecks(checks)).toBe(score);
  });

  it("reads a check's outcome from its findings", () => {
    expect(outcomeOf([])).toBe("pass");
    expect(outcomeOf([{ status: "unknown" }, { status: "warn" }])).toBe("warn");
  });
});
