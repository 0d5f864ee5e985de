import { describe, expect, it } from "vitest";
import { ApiError } from "./status";
import { fieldsMatch, parseFieldSelector, parseLabelSelector, selectorObjectMatches } from "./selectors";

describe("label selectors", () => {
  const labels = { app: "web", tier: "frontend" };

  it("understands equality, set and existence requirements", () => {
    expect(parseLabelSelector("app=web,tier==frontend")(labels)).toBe(true);
    expect(parseLabelSelector("app!=web")(labels)).toBe(false);
    expect(parseLabelSelector("app in (web, api),tier notin (backend)")(labels)).toBe(true);
    expect(parseLabelSelector("tier,!quarantine")(labels)).toBe(true);
    expect(parseLabelSelector("quarantine")(labels)).toBe(false);
    expect(parseLabelSelector(null)(undefined)).toBe(true);
  });

  it("rejects what it cannot parse", () => {
    expect(() => parseLabelSelector("a in b")).toThrow(ApiError);
  });

  it("matches LabelSelector objects; an empty one selects everything", () => {
    expect(selectorObjectMatches({}, labels)).toBe(true);
    expect(selectorObjectMatches({ matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "In", values: ["frontend"] }] }, labels)).toBe(true);
    expect(selectorObjectMatches({ matchExpressions: [{ key: "tier", operator: "DoesNotExist" }] }, labels)).toBe(false);
  });
});

describe("field selectors", () => {
  it("parses supported fields and refuses others", () => {
    const requirements = parseFieldSelector("spec.nodeName=worker-2,status.phase!=Failed", ["spec.nodeName", "status.phase"]);
    const values: Record<string, string> = { "spec.nodeName": "worker-2", "status.phase": "Running" };
    expect(fieldsMatch(requirements, (field) => values[field] ?? "")).toBe(true);
    expect(() => parseFieldSelector("spec.other=x", ["spec.nodeName"])).toThrow("field label not supported: spec.other");
  });
});
