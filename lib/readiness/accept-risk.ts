import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { db, transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { checkById } from "@/lib/rules/readiness/all-checks";
import { parseInput } from "@/lib/validation";
import { expiryProblem, ZAcceptRiskInput } from "./schemas";

export async function acceptRisk(actor: Actor & { id: string }, raw: unknown, now: Date = new Date()) {
  const input = parseInput(ZAcceptRiskInput, raw, "Acceptance");
  const expiresAt = new Date(input.expiresAt);
  const problem = expiryProblem(expiresAt, now);
  if (problem) throw badRequest(`Acceptance is invalid — expiresAt: ${problem}`, { expiresAt: [problem] });
  const check = checkById(input.checkId);
  if (!check) throw badRequest(`Acceptance is invalid — checkId: no check has the id ${input.checkId}`, { checkId: ["Unknown check"] });
  if ((check.area === "plan") !== (input.clusterId === null)) {
    const message = check.area === "plan" ? "a response-plan finding takes no clusterId" : "a cluster finding needs its clusterId";
    throw badRequest(`Acceptance is invalid — clusterId: ${message}`, { clusterId: [message] });
  }
  if (input.clusterId && !(await db.cluster.findUnique({ where: { id: input.clusterId }, select: { id: true } }))) throw notFound("Cluster");
  return transaction(async (tx) => {
    const acceptance = await tx.riskAcceptance.create({
      data: { clusterId: input.clusterId, checkId: input.checkId, objectKey: input.objectKey, reason: input.reason, expiresAt, acceptedById: actor.id, acceptedAt: now },
      select: { id: true, clusterId: true, checkId: true, objectKey: true, reason: true, expiresAt: true, acceptedAt: true },
    });
    await appendAudit(tx, actor, {
      action: "readiness.risk.accepted",
      targetType: "risk_acceptance",
      targetId: acceptance.id,
      data: { clusterId: input.clusterId, checkId: input.checkId, objectKey: input.objectKey, reason: input.reason, expiresAt: expiresAt.toISOString() },
    });
    return { acceptance };
  });
}
