// PodDisruptionBudget arithmetic as the disruption controller does it, plus
// the sandbox's refusal switch for budgets that should block for a while.
import { recordAt } from "./json";
import { isPodReady, podPhase } from "./objects";
import { selectorObjectMatches } from "./selectors";
import type { SandboxState } from "./state";
import type { KubeObject } from "./types";

export interface BudgetStatus {
  currentHealthy: number;
  desiredHealthy: number;
  disruptionsAllowed: number;
  expectedPods: number;
}

function scaled(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.endsWith("%")) {
    const exact = (Number(value.slice(0, -1)) / 100) * total;
    return roundUp ? Math.ceil(exact) : Math.floor(exact);
  }
  return Number(value ?? 0);
}

export function budgetsFor(state: SandboxState, pod: KubeObject): KubeObject[] {
  return state.store
    .all("poddisruptionbudgets", pod.metadata.namespace)
    .filter((pdb) => selectorObjectMatches(recordAt(pdb.spec, "selector"), pod.metadata.labels));
}

export function budgetStatus(state: SandboxState, pdb: KubeObject): BudgetStatus {
  const spec = recordAt(pdb, "spec");
  const pods = state.store
    .all("pods", pdb.metadata.namespace)
    .filter((pod) => selectorObjectMatches(spec.selector, pod.metadata.labels));
  const expectedPods = pods.length;
  let currentHealthy = pods.filter((pod) => podPhase(pod) === "Running" && isPodReady(pod)).length;
  const desiredHealthy =
    spec.minAvailable !== undefined
      ? scaled(spec.minAvailable, expectedPods, true)
      : Math.max(0, expectedPods - scaled(spec.maxUnavailable ?? 0, expectedPods, true));
  let disruptionsAllowed = Math.max(0, currentHealthy - desiredHealthy);
  if (state.pdbRefusalsLeft(pdb.metadata.namespace ?? "", pdb.metadata.name) > 0) {
    // Reported as a replica still starting: the budget is exactly met.
    currentHealthy = Math.min(currentHealthy, desiredHealthy);
    disruptionsAllowed = 0;
  }
  return { currentHealthy, desiredHealthy, disruptionsAllowed, expectedPods };
}

/** The PDB as a read returns it, with the controller's current status. */
export function presentBudget(state: SandboxState, pdb: KubeObject): KubeObject {
  const status = budgetStatus(state, pdb);
  const allowed = status.disruptionsAllowed > 0;
  return {
    ...pdb,
    status: {
      observedGeneration: pdb.metadata.generation ?? 1,
      disruptionsAllowed: status.disruptionsAllowed,
      currentHealthy: status.currentHealthy,
      desiredHealthy: status.desiredHealthy,
      expectedPods: status.expectedPods,
      conditions: [
        {
          type: "DisruptionAllowed",
          status: allowed ? "True" : "False",
          reason: allowed ? "SufficientPods" : "InsufficientPods",
          message: "",
          observedGeneration: pdb.metadata.generation ?? 1,
          lastTransitionTime: pdb.metadata.creationTimestamp,
        },
      ],
    },
  };
}
