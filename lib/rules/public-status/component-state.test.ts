import { describe, expect, it } from "vitest";
import { uptimeBars, worstState } from "./component-state";

const at = (iso: string) => new Date(iso);

describe("component state", () => {
  it("takes the worst state", () => {
    expect(worstState([])).toBe("operational");
    expect(worstState(["degraded", "major_outage", "maintenance"])).toBe("major_outage");
    expect(worstState(["maintenance", "operational"])).toBe("maintenance");
  });

  it("computes daily uptime from state changes", () => {
    const now = at("2026-11-25T12:00:00Z");
    const bars = uptimeBars(
      [
        { state: "major_outage", at: at("2026-11-24T06:00:00Z") },
        { state: "operational", at: at("2026-11-24T12:00:00Z") },
        { state: "degraded", at: at("2026-11-25T06:00:00Z") },
      ],
      now,
      3,
    );
    expect(bars.map((b) => b.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(bars[0]).toMatchObject({ worst: "operational", uptimePercent: 100 });
    // Six hours of a 24-hour day down.
    expect(bars[1]).toMatchObject({ worst: "major_outage", uptimePercent: 75 });
    // Degraded counts as up; today is measured to now.
    expect(bars[2]).toMatchObject({ worst: "degraded", uptimePercent: 100 });
  });

  it("carries a state that began before the window", () => {
    const bars = uptimeBars([{ state: "partial_outage", at: at("2026-11-01T00:00:00Z") }], at("2026-11-25T12:00:00Z"), 2);
    expect(bars.every((b) => b.uptimePercent === 0)).toBe(true);
  });
});
