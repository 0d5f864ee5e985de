import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { BUILT_IN_SCENARIOS } from "./built-in-scenarios";
import { bracketPath, checkScenarioSource } from "./scenario-source";

const base = { ...BUILT_IN_SCENARIOS[0]!, id: "my-miner" };

describe("scenario source (JSON/YAML)", () => {
  it("accepts a valid YAML and JSON scenario with the built-ins' schema", () => {
    expect(checkScenarioSource(stringify(base), "yaml")).toMatchObject({ ok: true, scenario: { id: "my-miner" } });
    expect(checkScenarioSource(JSON.stringify(base), "json")).toMatchObject({ ok: true, scenario: { id: "my-miner" } });
  });

  it("names each schema problem with a bracketed path", () => {
    const bad = { ...base, injects: [base.injects[0], base.injects[1], { ...base.injects[2], atMinute: -3 }], category: "nope" };
    const result = checkScenarioSource(stringify(bad), "yaml");
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["injects[2].atMinute", "category"]));
    expect(problems.find((p) => p.path === "injects[2].atMinute")?.message).toBe("An inject cannot come before the drill starts");
  });

  it("gives YAML and JSON syntax errors their line", () => {
    const yaml = checkScenarioSource("id: x\ntitle: [unclosed\nbriefing: b\n", "yaml");
    expect(yaml.ok).toBe(false);
    expect(yaml.ok ? "" : yaml.problems[0]!.message).toMatch(/^Not valid YAML at line \d+/);
    const json = checkScenarioSource('{\n  "id": "x",\n  "title": oops\n}', "json");
    expect(json.ok ? "" : json.problems[0]!.message).toMatch(/^Not valid JSON at line 3/);
  });

  it("refuses an empty document, a list, and a YAML alias bomb", () => {
    expect(checkScenarioSource("  ", "yaml")).toEqual({ ok: false, problems: [{ path: "(document)", message: "The scenario is empty" }] });
    expect(checkScenarioSource("- a\n- b\n", "yaml")).toMatchObject({ ok: false, problems: [{ path: "(document)" }] });
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");
    expect(checkScenarioSource(bomb, "yaml")).toMatchObject({ ok: false, problems: [{ path: "(document)", message: expect.stringMatching(/^Refused/) }] });
  });

  it("writes paths the way people read them", () => {
    expect(bracketPath("injects.2.atMinute")).toBe("injects[2].atMinute");
    expect(bracketPath("expected.evidence.0")).toBe("expected.evidence[0]");
    expect(bracketPath("(scenario)")).toBe("(scenario)");
  });
});
