import { describe, expect, it } from "vitest";
import { groupBySection, minutesFrom, sectionOf, summarizeScore } from "./score-summary";

describe("score summary", () => {
  it("says how many items were met, late and missed", () => {
    const items = [{ result: "met" }, { result: "met" }, { result: "late" }, { result: "missed" }] as const;
    expect(summarizeScore(items)).toEqual({ met: 2, late: 1, missed: 1, total: 4, line: "2 of 4 met, 1 late, 1 missed" });
    expect(summarizeScore([{ result: "met" }]).line).toBe("1 of 1 met");
    expect(summarizeScore([]).line).toBe("Nothing to score");
  });

  it("files each item under its section, in the report's order", () => {
    expect(["acknowledge", "contain", "evidence:POD_LOGS", "action:quarantine_pod", "avoid:delete_pod", "regulation:gdpr", "updates"].map((key) => sectionOf({ key }))).toEqual([
      "clocks",
      "clocks",
      "evidence",
      "actions",
      "avoided",
      "regulations",
      "updates",
    ]);
    expect(groupBySection([{ key: "updates" }, { key: "acknowledge" }]).map((g) => g.section)).toEqual(["clocks", "updates"]);
  });

  it("measures minutes from the drill's start, null when it never happened", () => {
    const start = new Date("2026-03-29T00:50:00Z");
    // Across the EU spring-forward change: elapsed time, not wall-clock time.
    expect(minutesFrom(start, new Date("2026-03-29T01:20:00Z"))).toBe(30);
    expect(minutesFrom(start, null)).toBeNull();
  });
});
