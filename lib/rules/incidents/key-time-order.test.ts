import { describe, expect, it } from "vitest";
import { checkKeyTimeCorrection, describeKeyTimeConflicts, findKeyTimeConflicts } from "./key-time-order";

const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00Z`);

describe("findKeyTimeConflicts", () => {
  it("accepts times in order, equal neighbours and unset times", () => {
    expect(findKeyTimeConflicts({ detectedAt: at("09:00"), declaredAt: at("09:00"), acknowledgedAt: null, containedAt: at("11:00") })).toEqual([]);
    expect(findKeyTimeConflicts({})).toEqual([]);
  });

  it("names each pair out of order, including across unset times", () => {
    const conflicts = findKeyTimeConflicts({ detectedAt: at("10:00"), declaredAt: at("09:00"), acknowledgedAt: null, containedAt: at("09:30") });
    expect(conflicts.map((c) => [c.earlier, c.later])).toEqual([
      ["detectedAt", "declaredAt"],
      ["detectedAt", "containedAt"],
    ]);
  });
});

describe("checkKeyTimeCorrection", () => {
  const current = { detectedAt: at("09:00"), declaredAt: at("09:10"), acknowledgedAt: at("09:20"), containedAt: at("11:00"), resolvedAt: null, closedAt: null };

  it("allows a correction that keeps the order", () => {
    expect(checkKeyTimeCorrection(current, "detectedAt", at("08:00"))).toEqual([]);
    expect(checkKeyTimeCorrection(current, "acknowledgedAt", at("09:10"))).toEqual([]);
  });

  it("refuses a detection after the declaration", () => {
    const conflicts = checkKeyTimeCorrection(current, "detectedAt", at("09:15"));
    expect(conflicts.map((c) => [c.earlier, c.later])).toEqual([["detectedAt", "declaredAt"]]);
  });

  it("refuses a containment before the acknowledgement, naming both", () => {
    const conflicts = checkKeyTimeCorrection(current, "containedAt", at("09:05"));
    expect(conflicts.map((c) => [c.earlier, c.later])).toEqual([
      ["declaredAt", "containedAt"],
      ["acknowledgedAt", "containedAt"],
    ]);
  });

  it("ignores an older disorder that the correction does not touch", () => {
    const disordered = { ...current, detectedAt: at("09:30") };
    expect(checkKeyTimeCorrection(disordered, "containedAt", at("12:00"))).toEqual([]);
    // Correcting the disordered time itself repairs it.
    expect(checkKeyTimeCorrection(disordered, "detectedAt", at("08:55"))).toEqual([]);
  });
});

describe("describeKeyTimeConflicts", () => {
  it("names the times in conflict with their instants", () => {
    const message = describeKeyTimeConflicts([{ earlier: "detectedAt", later: "declaredAt", earlierAt: at("09:15"), laterAt: at("09:10") }]);
    expect(message).toBe(
      "Key times must run detected ≤ declared ≤ acknowledged ≤ contained ≤ resolved ≤ closed: detected (2026-11-25 09:15:00 UTC) would be after declared (2026-11-25 09:10:00 UTC). Nothing was changed.",
    );
  });
});
