import { describe, expect, it } from "vitest";
import { formatClockInZone, formatInZone } from "./zoned-time";

describe("times in a named zone", () => {
  const at = "2026-03-29T00:30:00Z"; // the night Berlin moves to summer time

  it("writes each zone's wall clock with its zone name, the same on every call", () => {
    expect(formatInZone(at, "Europe/Berlin")).toBe("29 Mar 2026, 01:30 CET");
    expect(formatInZone("2026-03-29T01:30:00Z", "Europe/Berlin")).toBe("29 Mar 2026, 03:30 CEST");
    expect(formatInZone(at, "America/New_York", false)).toBe("28 Mar 2026, 20:30");
    expect(formatInZone(new Date(at), "Europe/Berlin")).toBe(formatInZone(at, "Europe/Berlin"));
    expect(formatClockInZone(at, "UTC")).toBe("00:30 UTC");
  });

  it("refuses an unknown zone every time rather than remembering a broken formatter", () => {
    expect(() => formatInZone(at, "Mars/Olympus")).toThrow(RangeError);
    expect(() => formatInZone(at, "Mars/Olympus")).toThrow(RangeError);
  });
});
