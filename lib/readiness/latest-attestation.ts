import "server-only";
import { db } from "@/lib/db";
import type { AuditAttestation } from "@/lib/rules/readiness/check-audit-attestation";

export async function latestAttestation(clusterId: string): Promise<AuditAttestation | undefined> {
  const row = await db.auditLoggingAttestation.findFirst({ where: { clusterId }, orderBy: { attestedAt: "desc" }, select: { attestedAt: true, attestedById: true } });
  if (!row) return undefined;
  const user = await db.user.findUnique({ where: { id: row.attestedById }, select: { name: true } });
  return { attestedAt: row.attestedAt, attestedBy: user?.name ?? "a former user" };
}
