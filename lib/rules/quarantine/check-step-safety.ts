// The last line of defence before anything reaches a cluster: a step that
// would destroy evidence is refused even if a bug or a tampered stored plan
// produced it. The planners never emit such steps; this proves it at run time.
import { quarantinePolicyName } from "./names";
import { REFUSAL_MESSAGES } from "./refuse-destructive";
import type { PodRef, Step } from "./types";

function containsNoExecute(value: unknown, depth = 0): boolean {
  if (depth > 12) return false;
  if (typeof value === "string") return value.toLowerCase() === "noexecute";
  if (Array.isArray(value)) return value.some((item) => containsNoExecute(item, depth + 1));
  if (typeof value === "object" && value !== null) return Object.values(value).some((item) => containsNoExecute(item, depth + 1));
  return false;
}

const POLICY_DELETE = /^\/apis\/networking\.k8s\.io\/v1\/namespaces\/[^/]+\/networkpolicies\/([^/]+)$/;
const EVICTION = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/eviction$/;

export interface SafetyContext {
  /** The pods under investigation: never evicted. */
  protectedPods?: PodRef[];
  incidentId?: string;
}

/** Why the step must not run, or `undefined` when it is safe. */
export function findUnsafeStep(step: Step, context: SafetyContext = {}): string | undefined {
  const path = decodeURIComponent(step.path);
  if (step.method === "DELETE") {
    const name = POLICY_DELETE.exec(path)?.[1];
    const ours = name !== undefined && (context.incidentId ? name === quarantinePolicyName(context.incidentId) : name.startsWith("cordon-quarantine-"));
    if (!ours) return `${REFUSAL_MESSAGES.delete} (step ${step.key}: DELETE ${step.path})`;
  }
  if (containsNoExecute(step.body)) return `${REFUSAL_MESSAGES["no-execute"]} (step ${step.key})`;
  if (/\/scale$/.test(path) || /"replicas":0[,}]/.test(JSON.stringify(step.body ?? null))) {
    return `${REFUSAL_MESSAGES["scale-to-zero"]} (step ${step.key})`;
  }
  const eviction = EVICTION.exec(path);
  if (eviction && context.protectedPods?.some((pod) => pod.namespace === eviction[1] && pod.name === eviction[2])) {
    return `${REFUSAL_MESSAGES["evict-suspect"]} (step ${step.key}: ${eviction[1]}/${eviction[2]})`;
  }
  return undefined;
}
