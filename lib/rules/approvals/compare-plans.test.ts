import { describe, expect, it } from "vitest";
import { comparePlans, describePlanChange } from "./compare-plans";

const step = (key: string, title = key, path = `/api/v1/${key}`) => ({ key, title, method: "PATCH", path });

describe("comparePlans", () => {
  it("calls identical plans the same, whatever the order", () => {
    expect(comparePlans([step("a"), step("b")], [step("b"), step("a")]).same).toBe(true);
  });

  it("reports a pod that appeared on the node since the preview", () => {
    const result = comparePlans([step("cordon")], [step("cordon"), step("label:ns/new", "Label pod ns/new")]);
    expect(result).toEqual({ same: false, added: ["Label pod ns/new"], removed: [], changed: [] });
    expect(describePlanChange(result)).toBe("now also: Label pod ns/new");
  });

  it("reports removed and changed steps", () => {
    const result = comparePlans([step("a"), step("b", "B", "/old")], [step("b", "B", "/new")]);
    expect(result.removed).toEqual(["a"]);
    expect(result.changed).toEqual(["B"]);
    expect(describePlanChange(result)).toBe("no longer: a — changed: B");
  });

  it("shortens long lists", () => {
    const fresh = ["a", "b", "c", "d", "e"].map((key) => step(key));
    expect(describePlanChange(comparePlans([], fresh))).toBe("now also: a; b; c; and 2 more");
  });
});
