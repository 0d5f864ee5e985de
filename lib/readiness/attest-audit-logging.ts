import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { appendAudit } from "@/lib/audit/append-audit";
import { db, transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { ZAttestAuditLoggingInput } from "./schemas";

// Counts from the next scan (which reads the latest attestation).
export async function attestAuditLogging(actor: Actor & { id: string }, clusterId: string, raw: unknown) {
  if (!isUuid(clusterId)) throw notFound("Cluster");
  const input = parseInput(ZAttestAuditLoggingInput, raw, "Attestation");
  const cluster = await db.cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true } });
  if (!cluster) throw notFound("Cluster");
  return transaction(async (tx) => {
    const attestation = await tx.auditLoggingAttestation.create({ data: { clusterId, statement: input.statement, attestedById: actor.id }, select: { id: true, attestedAt: true, statement: true } });
    await appendAudit(tx, actor, { action: "readiness.audit-logging.attested", targetType: "cluster", targetId: clusterId, data: { cluster: cluster.name, statement: input.statement } });
    return { attestation };
  });
}
