import "server-only";
import { BUILT_IN_SCENARIOS } from "@/lib/rules/drills/built-in-scenarios";
import { checkScenario, type DrillScenario } from "@/lib/rules/drills/scenario";

// The scenario library: the built-in scenarios, checked once with the same
// schema admins' scenarios pass, injects in time order.
const LIBRARY: readonly DrillScenario[] = BUILT_IN_SCENARIOS.map((input) => {
  const result = checkScenario(input);
  if (!result.ok) throw new Error(`Built-in drill scenario ${input.id} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.scenario;
});

export function listScenarios(): { scenarios: DrillScenario[] } {
  return { scenarios: [...LIBRARY] };
}

export function findScenario(id: string): DrillScenario | null {
  return LIBRARY.find((scenario) => scenario.id === id) ?? null;
}
