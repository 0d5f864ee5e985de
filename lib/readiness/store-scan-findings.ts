import "server-only";
// A scan's findings as rows (posture_findings), written in bounded batches so
// a large cluster's tens of thousands of findings never make one huge query.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { objectKeyOf } from "@/lib/rules/readiness/apply-acceptances";
import type { Finding } from "@/lib/rules/readiness/types";

// 8 columns a row: well under PostgreSQL's 65,535 bind parameters.
const BATCH = 5_000;

export function findingRow(scanId: string, finding: Finding): Prisma.PostureFindingCreateManyInput {
  return {
    scanId,
    checkId: finding.checkId,
    status: finding.status,
    objectKind: finding.object.kind,
    objectNamespace: finding.object.namespace ?? null,
    objectName: finding.object.name,
    objectKey: objectKeyOf(finding.object),
    detail: finding.detail,
  };
}

export async function storeScanFindings(tx: Tx, scanId: string, findings: readonly Finding[]): Promise<void> {
  for (let start = 0; start < findings.length; start += BATCH) {
    await tx.postureFinding.createMany({ data: findings.slice(start, start + BATCH).map((f) => findingRow(scanId, f)) });
  }
}
