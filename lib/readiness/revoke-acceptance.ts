import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { ZRevokeAcceptanceInput } from "./schemas";

// The finding counts again at once; the acceptance stays on record.
export async function revokeAcceptance(actor: Actor, acceptanceId: string, raw: unknown, now: Date = new Date()) {
  if (!isUuid(acceptanceId)) throw notFound("Acceptance");
  const input = parseInput(ZRevokeAcceptanceInput, raw, "Revocation");
  return transaction(async (tx) => {
    const existing = await tx.riskAcceptance.findUnique({ where: { id: acceptanceId }, select: { id: true, revokedAt: true, checkId: true, objectKey: true } });
    if (!existing) throw notFound("Acceptance");
    if (existing.revokedAt) throw conflict("This acceptance was already revoked");
    const { count } = await tx.riskAcceptance.updateMany({ where: { id: acceptanceId, revokedAt: null }, data: { revokedAt: now, revokedById: actor.id, revokeReason: input.reason } });
    if (count === 0) throw conflict("This acceptance was already revoked");
    await appendAudit(tx, actor, { action: "readiness.risk.revoked", targetType: "risk_acceptance", targetId: acceptanceId, data: { checkId: existing.checkId, objectKey: existing.objectKey, reason: input.reason } });
    return { acceptance: { id: acceptanceId, revokedAt: now } };
  });
}
