import "server-only";
import { db } from "@/lib/db";
import { BUILT_IN_SCENARIOS } from "@/lib/rules/drills/built-in-scenarios";
import { checkScenario, type DrillScenario } from "@/lib/rules/drills/scenario";

// The scenario library: the built-in scenarios, checked once with the same
// schema admins' scenarios pass, injects in time order, and the scenarios
// admins wrote (stored already validated).
const LIBRARY: readonly DrillScenario[] = BUILT_IN_SCENARIOS.map((input) => {
  const result = checkScenario(input);
  if (!result.ok) throw new Error(`Built-in drill scenario ${input.id} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.scenario;
});

export type ScenarioOrigin = "built-in" | "admin";
export type ListedScenario = DrillScenario & { origin: ScenarioOrigin };

export function isBuiltInScenarioId(id: string): boolean {
  return LIBRARY.some((scenario) => scenario.id === id);
}

export function findBuiltInScenario(id: string): DrillScenario | null {
  return LIBRARY.find((scenario) => scenario.id === id) ?? null;
}

export async function listScenarios(): Promise<{ scenarios: ListedScenario[] }> {
  const written = await db.drillScenarioDefinition.findMany({ orderBy: { id: "asc" }, select: { scenario: true } });
  return {
    scenarios: [
      ...LIBRARY.map((scenario) => ({ ...scenario, origin: "built-in" as const })),
      ...written.map((row) => ({ ...(row.scenario as unknown as DrillScenario), origin: "admin" as const })),
    ],
  };
}

export async function findScenario(id: string): Promise<DrillScenario | null> {
  const builtIn = findBuiltInScenario(id);
  if (builtIn) return builtIn;
  const written = await db.drillScenarioDefinition.findUnique({ where: { id }, select: { scenario: true } });
  return written ? (written.scenario as unknown as DrillScenario) : null;
}

/** The scenario a drill plays: the snapshot taken when it started (older drills: the library's). */
export async function scenarioOfDrill(drill: { scenarioId: string; scenarioSnapshot: unknown }): Promise<DrillScenario | null> {
  return drill.scenarioSnapshot ? (drill.scenarioSnapshot as DrillScenario) : findScenario(drill.scenarioId);
}
