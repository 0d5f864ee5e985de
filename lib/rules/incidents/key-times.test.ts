import { describe, expect, it } from "vitest";
import { keyTimeForStatus, planKeyTimeChanges, type KeyTimeChanges } from "./key-times";
import { INCIDENT_STATUSES, type IncidentStatus } from "./statuses";

describe("keyTimeForStatus", () => {
  const EXPECTED: Record<IncidentStatus, string | null> = {
    TRIAGE: null,
    INVESTIGATING: null,
    CONTAINED: "containedAt",
    ERADICATED: null,
    RECOVERED: "resolvedAt",
    POST_INCIDENT: null,
    CLOSED: "closedAt",
  };
  it.each(INCIDENT_STATUSES)("%s", (status) => {
    expect(keyTimeForStatus(status)).toBe(EXPECTED[status]);
  });
});

describe("planKeyTimeChanges", () => {
  // Every move in the transition table, with its expected effect.
  const EXPECTED: [IncidentStatus, IncidentStatus, KeyTimeChanges][] = [
    ["TRIAGE", "INVESTIGATING", { stamp: null, clear: [] }],
    ["TRIAGE", "CLOSED", { stamp: "closedAt", clear: [] }],
    ["INVESTIGATING", "CONTAINED", { stamp: "containedAt", clear: [] }],
    ["INVESTIGATING", "CLOSED", { stamp: "closedAt", clear: [] }],
    ["CONTAINED", "ERADICATED", { stamp: null, clear: [] }],
    ["CONTAINED", "INVESTIGATING", { stamp: null, clear: ["containedAt", "resolvedAt", "closedAt"] }],
    ["ERADICATED", "RECOVERED", { stamp: "resolvedAt", clear: [] }],
    ["ERADICATED", "INVESTIGATING", { stamp: null, clear: ["containedAt", "resolvedAt", "closedAt"] }],
    ["ERADICATED", "CONTAINED", { stamp: null, clear: ["resolvedAt", "closedAt"] }],
    ["RECOVERED", "POST_INCIDENT", { stamp: null, clear: [] }],
    ["RECOVERED", "CLOSED", { stamp: "closedAt", clear: [] }],
    ["RECOVERED", "INVESTIGATING", { stamp: null, clear: ["containedAt", "resolvedAt", "closedAt"] }],
    ["RECOVERED", "CONTAINED", { stamp: null, clear: ["resolvedAt", "closedAt"] }],
    ["RECOVERED", "ERADICATED", { stamp: null, clear: ["resolvedAt", "closedAt"] }],
    ["POST_INCIDENT", "CLOSED", { stamp: "closedAt", clear: [] }],
    ["POST_INCIDENT", "INVESTIGATING", { stamp: null, clear: ["containedAt", "resolvedAt", "closedAt"] }],
    ["POST_INCIDENT", "CONTAINED", { stamp: null, clear: ["resolvedAt", "closedAt"] }],
    ["POST_INCIDENT", "ERADICATED", { stamp: null, clear: ["resolvedAt", "closedAt"] }],
    ["POST_INCIDENT", "RECOVERED", { stamp: null, clear: ["closedAt"] }],
    ["CLOSED", "INVESTIGATING", { stamp: null, clear: ["containedAt", "resolvedAt", "closedAt"] }],
  ];

  it.each(EXPECTED)("%s → %s", (from, to, changes) => {
    expect(planKeyTimeChanges(from, to)).toEqual(changes);
  });

  it.each([
    ["TRIAGE", "CONTAINED"],
    ["CONTAINED", "CLOSED"],
    ["CLOSED", "TRIAGE"],
    ["CONTAINED", "CONTAINED"],
  ] as const)("refuses %s → %s, which the table does not have", (from, to) => {
    expect(() => planKeyTimeChanges(from, to)).toThrow(RangeError);
  });
});
