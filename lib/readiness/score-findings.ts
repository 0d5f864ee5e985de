import { CLUSTER_CHECKS, RESPONSE_PLAN_CHECKS } from "@/lib/rules/readiness/all-checks";
import type { JudgedFinding } from "@/lib/rules/readiness/apply-acceptances";
import { scoreFindings } from "@/lib/rules/readiness/score";

// Accepted findings are left out of the score (the method the page shows).
export function clusterScore(findings: readonly JudgedFinding[]): number | null {
  return scoreFindings(CLUSTER_CHECKS, findings.filter((f) => !f.accepted));
}

export function planScore(findings: readonly JudgedFinding[]): number | null {
  return scoreFindings(RESPONSE_PLAN_CHECKS, findings.filter((f) => !f.accepted));
}
