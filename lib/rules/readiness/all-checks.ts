import { CHECKS } from "./catalog";
import { PLAN_CHECKS } from "./plan-catalog";
import type { CheckDefinition } from "./types";

export const CLUSTER_CHECKS: readonly CheckDefinition[] = CHECKS;
export const RESPONSE_PLAN_CHECKS: readonly CheckDefinition[] = PLAN_CHECKS;

const BY_ID = new Map([...CLUSTER_CHECKS, ...RESPONSE_PLAN_CHECKS].map((c) => [c.id, c]));

export function checkById(id: string): CheckDefinition | undefined {
  return BY_ID.get(id);
}
