import "server-only";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { evaluatePlan } from "@/lib/rules/readiness/evaluate-plan";
import { applyAcceptances } from "@/lib/rules/readiness/apply-acceptances";
import { activeAcceptances } from "./active-acceptances";
import { readPlanFacts } from "./read-plan-facts";
import { planScore } from "./score-findings";

// Verifies the audit chain (the daily run is what keeps "verified within 24
// hours" true) and records the plan's findings.
export async function evaluateResponsePlan(now: Date = new Date()) {
  const chain = await verifyAuditChain();
  const auditChain = chain.ok ? { verifiedAt: now, ok: true } : { verifiedAt: now, ok: false, reason: `entry ${chain.brokenAt} — ${chain.reason}` };
  const findings = evaluatePlan(await readPlanFacts(auditChain), now);
  const score = planScore(applyAcceptances(findings, await activeAcceptances(null, now)));
  return db.planEvaluation.create({
    data: { findings, score, chainOk: chain.ok, chainReason: chain.ok ? null : auditChain.reason ?? null, evaluatedAt: now },
    select: { id: true, evaluatedAt: true },
  });
}
