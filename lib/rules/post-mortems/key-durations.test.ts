import { describe, expect, it } from "vitest";
import { computeKeyDurations, computePhaseSpans, findReopenings, formatDuration, type KeyTimes } from "./key-durations";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 8, 0) + minutes * 60_000);
const MIN = 60_000;

function times(overrides: Partial<KeyTimes> = {}): KeyTimes {
  return { detectedAt: t(0), declaredAt: t(10), acknowledgedAt: t(15), containedAt: t(70), resolvedAt: t(250), closedAt: t(1450), ...overrides };
}

describe("computeKeyDurations", () => {
  it("measures each span between the recorded key times", () => {
    const byKey = Object.fromEntries(computeKeyDurations(times()).map((d) => [d.key, d.ms]));
    expect(byKey).toEqual({ detect: 10 * MIN, acknowledge: 5 * MIN, contain: 70 * MIN, resolve: 250 * MIN, declaredToClosed: 1440 * MIN });
  });

  it("reports a missing key time as missing, never as zero", () => {
    const durations = computeKeyDurations(times({ acknowledgedAt: null, containedAt: null, resolvedAt: null, closedAt: null }));
    const acknowledge = durations.find((d) => d.key === "acknowledge")!;
    expect(acknowledge.ms).toBeNull();
    expect(acknowledge.missing).toEqual(["acknowledgedAt"]);
    expect(durations.find((d) => d.key === "declaredToClosed")!.missing).toEqual(["closedAt"]);
    expect(durations.find((d) => d.key === "detect")!.ms).toBe(10 * MIN);
  });

  it("flags times out of order (a corrected key time before its start) instead of a negative duration", () => {
    const contain = computeKeyDurations(times({ containedAt: t(-5) })).find((d) => d.key === "contain")!;
    expect(contain.ms).toBeNull();
    expect(contain.outOfOrder).toBe(true);
  });

  it("after a reopen the cleared close time makes declared → closed missing", () => {
    const durations = computeKeyDurations(times({ closedAt: null }));
    expect(durations.find((d) => d.key === "declaredToClosed")).toMatchObject({ ms: null, missing: ["closedAt"] });
  });
});

describe("computePhaseSpans", () => {
  it("splits the incident into consecutive phases up to now", () => {
    const spans = computePhaseSpans(
      t(10),
      [
        { at: t(20), from: "TRIAGE", to: "INVESTIGATING" },
        { at: t(70), from: "INVESTIGATING", to: "CONTAINED" },
      ],
      t(100),
    );
    expect(spans.map((s) => [s.status, s.ms / MIN, s.ongoing])).toEqual([
      ["TRIAGE", 10, false],
      ["INVESTIGATING", 50, false],
      ["CONTAINED", 30, true],
    ]);
  });

  it("shows a reopened incident's second investigation as its own span and ends at the last close", () => {
    const changes = [
      { at: t(20), from: "TRIAGE", to: "INVESTIGATING" },
      { at: t(60), from: "INVESTIGATING", to: "CLOSED" },
      { at: t(200), from: "CLOSED", to: "INVESTIGATING" },
      { at: t(260), from: "INVESTIGATING", to: "CLOSED" },
    ] as const;
    const spans = computePhaseSpans(t(10), changes, t(1000));
    expect(spans.map((s) => s.status)).toEqual(["TRIAGE", "INVESTIGATING", "CLOSED", "INVESTIGATING"]);
    expect(spans.at(-1)).toMatchObject({ ms: 60 * MIN, ongoing: false });
    expect(findReopenings(changes)).toEqual([t(200)]);
  });

  it("sorts changes recorded out of order and ignores those before the declaration", () => {
    const spans = computePhaseSpans(
      t(10),
      [
        { at: t(40), from: "INVESTIGATING", to: "CONTAINED" },
        { at: t(5), from: "TRIAGE", to: "TRIAGE" },
        { at: t(20), from: "TRIAGE", to: "INVESTIGATING" },
      ],
      t(50),
    );
    expect(spans.map((s) => [s.status, s.ms / MIN])).toEqual([
      ["TRIAGE", 10],
      ["INVESTIGATING", 20],
      ["CONTAINED", 10],
    ]);
  });
});

describe("formatDuration", () => {
  it.each([
    [null, "—"],
    [45_000, "45 s"],
    [5 * MIN, "5 min"],
    [125 * MIN, "2 h 05 min"],
    [(3 * 24 * 60 + 4 * 60) * MIN, "3 d 4 h"],
  ])("%s → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});
