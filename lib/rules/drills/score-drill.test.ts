import { describe, expect, it } from "vitest";
import { BUILT_IN_SCENARIOS } from "./built-in-scenarios";
import { checkScenario, type DrillScenario } from "./scenario";
import { scoreDrill, type DrillRecord } from "./score-drill";

const start = new Date("2026-06-01T09:00:00Z");
const t = (minute: number) => new Date(start.getTime() + minute * 60_000);
const scenario = (id: string): DrillScenario => {
  const result = checkScenario(BUILT_IN_SCENARIOS.find((s) => s.id === id));
  if (!result.ok) throw new Error("built-in scenario invalid");
  return result.scenario;
};
const record = (overrides: Partial<DrillRecord> = {}): DrillRecord => ({
  startedAt: start,
  endedAt: t(40),
  updateEveryMinutes: 15,
  acknowledged: null,
  contained: null,
  clusterActions: [],
  evidence: [],
  regulationsConsidered: [],
  statusUpdates: [],
  ...overrides,
});
const item = (items: ReturnType<typeof scoreDrill>, key: string) => items.find((i) => i.key === key)!;

describe("drill scoring", () => {
  it("scores a good crypto-miner response as met, each item with its proving event", () => {
    const items = scoreDrill(
      scenario("crypto-miner"),
      record({
        acknowledged: { at: t(3), eventId: "e1" },
        contained: { at: t(12), eventId: "e4" },
        clusterActions: [{ at: t(8), eventId: "e2", action: "isolate_pod" }, { at: t(9), eventId: "e3", action: "collect_pod_logs" }],
        evidence: [{ at: t(10), eventId: "e3", kind: "POD_LOGS" }],
        statusUpdates: [{ at: t(10), eventId: "u1" }, { at: t(24), eventId: "u2" }, { at: t(38), eventId: "u3" }],
      }),
    );
    expect(items.every((i) => i.result === "met")).toBe(true);
    expect(item(items, "acknowledge").eventId).toBe("e1");
    expect(item(items, "evidence:POD_LOGS").eventId).toBe("e3");
    expect(item(items, "updates").eventId).toBe("u3");
  });

  it("marks late acknowledgement and evidence collected after it was lost as late, missing ones as missed", () => {
    const items = scoreDrill(
      scenario("crypto-miner"),
      record({ acknowledged: { at: t(14), eventId: "e1" }, evidence: [{ at: t(16), eventId: "e9", kind: "POD_LOGS" }] }),
    );
    expect(item(items, "acknowledge")).toMatchObject({ result: "late", detail: "Acknowledged 4 min late" });
    expect(item(items, "evidence:POD_LOGS")).toMatchObject({ result: "late", detail: "Collected after it was lost: what was gathered is incomplete" });
    expect(item(items, "contain")).toMatchObject({ result: "missed", eventId: null });
    expect(item(items, "action:isolate_pod").result).toBe("missed");
    expect(item(items, "updates").result).toBe("missed");
  });

  it("fails a destructive action the scenario says to avoid, pointing at the request", () => {
    const items = scoreDrill(scenario("false-positive"), record({ clusterActions: [{ at: t(4), eventId: "q1", action: "quarantine_node" }] }));
    expect(item(items, "avoid:quarantine_node")).toMatchObject({ result: "missed", eventId: "q1" });
    expect(item(items, "avoid:isolate_pod")).toMatchObject({ result: "met", eventId: null });
  });

  it("checks the regulations the scenario expects to be considered", () => {
    const considered = scoreDrill(scenario("token-leak"), record({ regulationsConsidered: [{ at: t(20), eventId: "r1", key: "GDPR_ART33" }] }));
    expect(item(considered, "regulation:GDPR_ART33")).toMatchObject({ result: "met", eventId: "r1" });
    expect(item(scoreDrill(scenario("token-leak"), record()), "regulation:GDPR_ART33").result).toBe("missed");
  });

  it("rates updates with a long silence as late", () => {
    const items = scoreDrill(scenario("crypto-miner"), record({ statusUpdates: [{ at: t(5), eventId: "u1" }] }));
    expect(item(items, "updates")).toMatchObject({ result: "late", detail: "1 silence longer than the cadence" });
  });
});
