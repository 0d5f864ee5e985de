import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "./built-in-scenarios";
import { checkScenario } from "./scenario";

describe("drill scenarios", () => {
  it("ships the five built-in scenarios, each valid", () => {
    expect(BUILT_IN_SCENARIOS.map((s) => s.id)).toEqual(["crypto-miner", "token-leak", "db-exfiltration", "container-escape", "false-positive"]);
    for (const scenario of BUILT_IN_SCENARIOS) expect(checkScenario(scenario)).toMatchObject({ ok: true });
  });

  it("names every problem of a bad scenario with its path", () => {
    const base = BUILT_IN_SCENARIOS[0]!;
    const result = checkScenario({
      ...base,
      id: "Bad Id",
      injects: [
        { key: "a", atMinute: -1, kind: "alert", title: "x" },
        { key: "aa", atMinute: 2, kind: "sandbox", title: "y" },
        { key: "aa", atMinute: 3, kind: "teleport", title: "z" },
      ],
      surprise: true,
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["id", "injects.0.key", "injects.0.atMinute", "injects.1.sandbox", "injects.2.kind", "(scenario)"]));
  });

  it("reports a key used twice and an evidence loss that names nothing", () => {
    const base = BUILT_IN_SCENARIOS[0]!;
    const result = checkScenario({ ...base, injects: [{ key: "same", atMinute: 1, kind: "note", title: "a" }, { key: "same", atMinute: 2, kind: "evidence-loss", title: "b" }] });
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        { path: "injects.1.loses", message: "An evidence-loss inject names the evidence kind that is lost" },
        { path: "injects.1.key", message: 'Inject key "same" is used twice' },
      ]),
    );
  });

  it("orders injects by time", () => {
    const base = BUILT_IN_SCENARIOS[4]!;
    const result = checkScenario({ ...base, injects: [...base.injects].reverse() });
    expect(result.ok && result.scenario.injects.map((i) => i.atMinute)).toEqual([0, 2, 5]);
  });
});
