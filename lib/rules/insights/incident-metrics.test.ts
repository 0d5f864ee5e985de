import { describe, expect, it } from "vitest";
import { computeIncidentMetrics, countObligations, countUpdateBreaches, isAcknowledgeBreached, secondsBetween, type MetricsInput } from "./incident-metrics";

const at = (iso: string) => new Date(iso);
const base = (overrides: Partial<MetricsInput["incident"]> = {}): MetricsInput["incident"] => ({
  declaredAt: at("2026-03-01T10:00:00Z"),
  acknowledgedAt: null,
  containedAt: null,
  resolvedAt: null,
  closedAt: null,
  ...overrides,
});
const input = (overrides: Partial<MetricsInput> = {}): MetricsInput => ({
  incident: base(),
  policy: { acknowledgeWithinMinutes: 15, updateEveryMinutes: 60 },
  updateTimes: [],
  obligations: [],
  actionItems: [],
  evidenceCount: 0,
  clusterActions: [],
  ...overrides,
});

describe("durations", () => {
  it("is null for a key time not reached, never zero", () => {
    const row = computeIncidentMetrics(input({ incident: base({ acknowledgedAt: at("2026-03-01T10:05:00Z") }) }), at("2026-03-02T00:00:00Z"));
    expect(row.acknowledgeSeconds).toBe(300);
    expect(row.containSeconds).toBeNull();
    expect(row.resolveSeconds).toBeNull();
  });

  it("measures across a daylight-saving change on absolute time (Europe/Berlin springs forward 2026-03-29)", () => {
    // 00:30 local (23:30Z the day before) to 04:30 local (02:30Z): 3 hours elapsed, although the wall clock moved 4.
    const declaredAt = at("2026-03-28T23:30:00Z");
    const resolvedAt = at("2026-03-29T02:30:00Z");
    expect(secondsBetween(declaredAt, resolvedAt)).toBe(3 * 3600);
  });

  it("runs time to resolve to the latest resolution after a reopen, and falls back to closing when never resolved", () => {
    const reopenedAndResolvedAgain = base({ resolvedAt: at("2026-03-03T10:00:00Z") });
    expect(computeIncidentMetrics(input({ incident: reopenedAndResolvedAgain }), at("2026-03-04T00:00:00Z")).resolveSeconds).toBe(2 * 86400);
    const closedOnly = base({ closedAt: at("2026-03-01T12:00:00Z") });
    expect(computeIncidentMetrics(input({ incident: closedOnly }), at("2026-03-04T00:00:00Z")).resolveSeconds).toBe(7200);
  });
});

describe("acknowledge-within", () => {
  it("is breached by a late acknowledgement or by none once the window has passed", () => {
    expect(isAcknowledgeBreached(base({ acknowledgedAt: at("2026-03-01T10:14:00Z") }), 15, at("2026-03-02T00:00:00Z"))).toBe(false);
    expect(isAcknowledgeBreached(base({ acknowledgedAt: at("2026-03-01T10:16:00Z") }), 15, at("2026-03-02T00:00:00Z"))).toBe(true);
    expect(isAcknowledgeBreached(base(), 15, at("2026-03-01T10:10:00Z"))).toBe(false);
    expect(isAcknowledgeBreached(base(), 15, at("2026-03-01T10:20:00Z"))).toBe(true);
  });
});

describe("update cadence", () => {
  it("counts each silence longer than the cadence once, up to resolution", () => {
    const incident = base({ resolvedAt: at("2026-03-01T15:00:00Z") });
    // 10:00 → 10:50 ok, 10:50 → 13:00 breach (one, though two intervals long), 13:00 → 13:30 ok, 13:30 → 15:00 breach.
    const updates = [at("2026-03-01T10:50:00Z"), at("2026-03-01T13:00:00Z"), at("2026-03-01T13:30:00Z")];
    expect(countUpdateBreaches(incident, 60, updates, at("2026-03-05T00:00:00Z"))).toBe(2);
  });

  it("ignores updates after resolution and counts an open incident's running silence", () => {
    const resolved = base({ resolvedAt: at("2026-03-01T10:30:00Z") });
    expect(countUpdateBreaches(resolved, 60, [at("2026-03-01T18:00:00Z")], at("2026-03-05T00:00:00Z"))).toBe(0);
    expect(countUpdateBreaches(base(), 60, [], at("2026-03-01T11:30:00Z"))).toBe(1);
  });
});

describe("obligations and action items", () => {
  it("splits filings into on time and late, leaving out the not applicable and those still running", () => {
    const now = at("2026-03-05T00:00:00Z");
    const due = at("2026-03-03T00:00:00Z");
    const result = countObligations(
      [
        { dueAt: due, submittedAt: at("2026-03-02T00:00:00Z"), notApplicableAt: null },
        { dueAt: due, submittedAt: at("2026-03-04T00:00:00Z"), notApplicableAt: null },
        { dueAt: due, submittedAt: null, notApplicableAt: null },
        { dueAt: due, submittedAt: null, notApplicableAt: at("2026-03-02T00:00:00Z") },
        { dueAt: at("2026-03-09T00:00:00Z"), submittedAt: null, notApplicableAt: null },
      ],
      now,
    );
    expect(result).toEqual({ onTime: 1, late: 2 });
  });

  it("counts open and overdue action items and cluster actions by name", () => {
    const row = computeIncidentMetrics(
      input({
        actionItems: [
          { dueAt: at("2026-03-02T00:00:00Z"), state: "OPEN" },
          { dueAt: at("2026-03-09T00:00:00Z"), state: "IN_PROGRESS" },
          { dueAt: at("2026-03-02T00:00:00Z"), state: "DONE" },
        ],
        clusterActions: ["quarantine-pod", "collect-logs", "quarantine-pod"],
        evidenceCount: 4,
      }),
      at("2026-03-05T00:00:00Z"),
    );
    expect(row.actionItemsOpen).toBe(2);
    expect(row.actionItemsOverdue).toBe(1);
    expect(row.clusterActions).toEqual({ "quarantine-pod": 2, "collect-logs": 1 });
    expect(row.evidenceCount).toBe(4);
  });

  it("reports no breaches when the severity's policy is unknown", () => {
    const row = computeIncidentMetrics(input({ policy: null }), at("2026-03-05T00:00:00Z"));
    expect(row.acknowledgeBreached).toBe(false);
    expect(row.updateBreaches).toBe(0);
  });
});
