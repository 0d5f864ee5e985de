import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZSeverityPolicy, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { parseInput } from "@/lib/validation";

// Admins edit a severity's policy as a whole. Open incidents keep the work
// already created; the new policy applies when an incident's severity is set.
export async function updateSeverityPolicy(actor: Actor, key: string, input: unknown): Promise<SeverityPolicy> {
  const policy = parseInput(ZSeverityPolicy, input, "Severity policy") as SeverityPolicy;
  if (policy.key !== key) throw badRequest(`The policy's key (${policy.key}) must match the severity being edited (${key})`);
  return transaction(async (tx) => {
    const existing = await tx.severity.findUnique({ where: { key }, select: { rank: true } });
    if (!existing) throw notFound("Severity");
    await tx.severity.update({
      where: { key },
      data: { name: policy.name, rank: policy.rank, policy: JSON.parse(JSON.stringify(policy)) as Prisma.InputJsonObject },
      select: { key: true },
    });
    await appendAudit(tx, actor, { action: "severity.update", targetType: "severity", targetId: key, data: { policy } });
    return policy;
  });
}
