import type { CheckSeverity, FindingStatus } from "./types";

// The method the readiness page shows: each check is worth its severity's
// weight; a check passes (full weight), warns (half) or fails (none) by
// its worst open finding. Accepted findings are left out before scoring,
// and a check whose answer is unknown is left out of both sides.
export const SEVERITY_WEIGHT: Readonly<Record<CheckSeverity, number>> = { critical: 10, high: 6, medium: 3, low: 1 };
export const WARN_CREDIT = 0.5;

export type ScoredCheck = { severity: CheckSeverity; findings: readonly { status: FindingStatus }[] };

export type CheckOutcome = "pass" | "warn" | "fail" | "unknown";

export function outcomeOf(findings: readonly { status: FindingStatus }[]): CheckOutcome {
  if (findings.some((f) => f.status === "fail")) return "fail";
  if (findings.some((f) => f.status === "warn")) return "warn";
  if (findings.some((f) => f.status === "unknown")) return "unknown";
  return "pass";
}

/** 0–100, rounded; null when no check could be judged. */
export function scoreChecks(checks: readonly ScoredCheck[]): number | null {
  let earned = 0;
  let possible = 0;
  for (const check of checks) {
    const outcome = outcomeOf(check.findings);
    if (outcome === "unknown") continue;
    const weight = SEVERITY_WEIGHT[check.severity];
    possible += weight;
    earned += outcome === "pass" ? weight : outcome === "warn" ? weight * WARN_CREDIT : 0;
  }
  return possible === 0 ? null : Math.round((earned / possible) * 100);
}

/** Scores every check in `checks` by the (unaccepted) findings that name it. */
export function scoreFindings(checks: readonly { id: string; severity: CheckSeverity }[], findings: readonly { checkId: string; status: FindingStatus }[]): number | null {
  return scoreChecks(checks.map((check) => ({ severity: check.severity, findings: findings.filter((f) => f.checkId === check.id) })));
}
