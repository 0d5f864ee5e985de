import { describe, expect, it } from "vitest";
import { MAX_INCIDENT_NUMBER, formatIncidentNumber, parseIncidentNumber } from "./incident-number";

describe("formatIncidentNumber", () => {
  it.each([
    [1042, "INC-1042"],
    [1, "INC-1"],
    [MAX_INCIDENT_NUMBER, "INC-2147483647"],
  ])("%i → %s", (n, text) => {
    expect(formatIncidentNumber(n)).toBe(text);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_INCIDENT_NUMBER + 1])("refuses %s", (n) => {
    expect(() => formatIncidentNumber(n)).toThrow(RangeError);
  });
});

describe("parseIncidentNumber", () => {
  it.each([
    ["INC-1042", 1042],
    ["inc-1042", 1042],
    ["Inc-1042", 1042],
    ["INC1042", 1042],
    ["1042", 1042],
    ["#1042", 1042],
    ["  INC-1042  ", 1042],
    ["INC-01042", 1042],
    ["2147483647", MAX_INCIDENT_NUMBER],
  ])("reads %j as %i", (text, n) => {
    expect(parseIncidentNumber(text)).toBe(n);
  });

  it.each(["", "INC-", "INC-0", "0", "-5", "INC--5", "1042a", "INC-10.5", "INCIDENT-1042", "2147483648", "99999999999", "1 042"])(
    "rejects %j",
    (text) => {
      expect(parseIncidentNumber(text)).toBeNull();
    },
  );

  it("round-trips", () => {
    for (const n of [1, 7, 1042, 99999]) expect(parseIncidentNumber(formatIncidentNumber(n))).toBe(n);
  });
});
