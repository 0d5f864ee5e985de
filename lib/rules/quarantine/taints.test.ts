import { describe, expect, it } from "vitest";
import { editTaints, isTaintEditDone, quarantineTaint, sameTaint, taintPatchBody } from "./taints";

const own = quarantineTaint("inc-1");
const other = { key: "dedicated", value: "gpu", effect: "NoSchedule" as const };

describe("taints", () => {
  it("is NoSchedule, keyed by the quarantine label, valued by the incident", () => {
    expect(own).toEqual({ key: "cordon.dev/quarantine", value: "inc-1", effect: "NoSchedule" });
  });

  it("adds once, keeping other taints in order", () => {
    expect(editTaints(undefined, { op: "add", taint: own })).toEqual([own]);
    expect(editTaints([other], { op: "add", taint: own })).toEqual([other, own]);
    expect(editTaints([own, other], { op: "add", taint: own })).toEqual([own, other]);
  });

  it("removes only the exact taint and yields null when none are left", () => {
    expect(editTaints([other, own], { op: "remove", taint: own })).toEqual([other]);
    expect(editTaints([own], { op: "remove", taint: own })).toBeNull();
    expect(editTaints([{ ...own, value: "inc-2" }], { op: "remove", taint: own })).toEqual([{ ...own, value: "inc-2" }]);
    expect(editTaints([{ ...own, effect: "PreferNoSchedule" }], { op: "remove", taint: own })).toHaveLength(1);
  });

  it("compares taints by key, value and effect; a missing value equals an empty one", () => {
    expect(sameTaint({ key: "a", effect: "NoSchedule" }, { key: "a", value: "", effect: "NoSchedule" })).toBe(true);
    expect(sameTaint({ ...own, timeAdded: "2026-01-01T00:00:00Z" }, own)).toBe(true);
  });

  it("knows when an edit is already done", () => {
    expect(isTaintEditDone([own], { op: "add", taint: own })).toBe(true);
    expect(isTaintEditDone(undefined, { op: "add", taint: own })).toBe(false);
    expect(isTaintEditDone(undefined, { op: "remove", taint: own })).toBe(true);
  });

  it("builds a compare-and-swap merge patch", () => {
    expect(taintPatchBody("42", null)).toEqual({ metadata: { resourceVersion: "42" }, spec: { taints: null } });
  });
});
