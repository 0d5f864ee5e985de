import { describe, expect, it } from "vitest";
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, PatchDecodeError, PatchError } from "./patch";

describe("merge patch (RFC 7386)", () => {
  it("merges objects, removes on null and replaces arrays", () => {
    const target = { a: { b: 1, c: 2 }, list: [1, 2], keep: true };
    expect(applyMergePatch(target, { a: { b: null, d: 3 }, list: [3] })).toEqual({ a: { c: 2, d: 3 }, list: [3], keep: true });
    expect(target).toEqual({ a: { b: 1, c: 2 }, list: [1, 2], keep: true });
  });

  it("replaces the target when the patch is not an object", () => {
    expect(applyMergePatch({ a: 1 }, ["x"])).toEqual(["x"]);
  });
});

describe("strategic merge patch", () => {
  it("refuses directives it would misapply", () => {
    expect(() => applyStrategicMergePatch({}, { spec: { taints: [{ $patch: "delete" }] } })).toThrow(PatchError);
  });
});

describe("json patch (RFC 6902)", () => {
  const doc = { metadata: { labels: { "a/b": "1" } }, spec: { taints: [{ key: "x" }] } };

  it("adds, replaces, removes and tests, escaping ~ and /", () => {
    const result = applyJsonPatch(doc, [
      { op: "test", path: "/metadata/labels/a~1b", value: "1" },
      { op: "add", path: "/spec/taints/-", value: { key: "y" } },
      { op: "replace", path: "/spec/taints/0/key", value: "z" },
      { op: "remove", path: "/metadata/labels/a~1b" },
      { op: "add", path: "/spec/unschedulable", value: true },
    ]);
    expect(result).toEqual({ metadata: { labels: {} }, spec: { taints: [{ key: "z" }, { key: "y" }], unschedulable: true } });
    expect(doc.spec.taints).toEqual([{ key: "x" }]);
  });

  it("fails the whole patch on a failed test or a missing path", () => {
    expect(() => applyJsonPatch(doc, [{ op: "test", path: "/spec/taints/0/key", value: "nope" }])).toThrow(/testing value/);
    expect(() => applyJsonPatch(doc, [{ op: "remove", path: "/spec/missing" }])).toThrow(PatchError);
    expect(() => applyJsonPatch(doc, [{ op: "replace", path: "/spec/taints/5", value: 1 }])).toThrow(PatchError);
    expect(() => applyJsonPatch(doc, [{ op: "frobnicate", path: "/" }])).toThrow(PatchError);
    expect(() => applyJsonPatch(doc, { op: "add" })).toThrow(PatchDecodeError);
  });
});
