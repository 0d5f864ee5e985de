import "server-only";
// Reads a scan's findings from rows: the outcome of every check (for the
// score) by one GROUP BY, and the findings to show worst first, up to a
// limit, so the overview stays cheap however many findings a cluster has.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLUSTER_CHECKS } from "@/lib/rules/readiness/all-checks";
import { SEVERITY_WEIGHT } from "@/lib/rules/readiness/score";
import type { Finding, FindingStatus } from "@/lib/rules/readiness/types";

// Read with the attestation as it is now (lib/readiness/get-readiness), not as the scan saw it.
export const JUDGED_AT_READ = "LOG-AUDIT-ATTESTED";

// Check ids, most severe first: the order findings are shown in.
const CHECK_ORDER = [...CLUSTER_CHECKS].sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity]).map((c) => c.id);

// An acceptance in force at `at` for the finding's cluster, check and object (as lib/readiness/active-acceptances).
const accepted = (clusterId: string, at: Date) => Prisma.sql`exists (
  select 1 from risk_acceptances a
  where a.cluster_id = ${clusterId}::uuid and a.check_id = f.check_id and a.object_key = f.object_key
    and a.accepted_at <= ${at} and a.expires_at > ${at} and (a.revoked_at is null or a.revoked_at > ${at}))`;

export type CheckTally = { checkId: string; status: FindingStatus; open: number; accepted: number };

/** Per check and status, how many findings are open and how many accepted. */
export async function tallyScanFindings(scanId: string, clusterId: string, at: Date): Promise<CheckTally[]> {
  const rows = await db.$queryRaw<{ checkId: string; status: FindingStatus; accepted: boolean; count: bigint }[]>`
    select f.check_id as "checkId", f.status, ${accepted(clusterId, at)} as accepted, count(*) as count
    from posture_findings f
    where f.scan_id = ${scanId}::uuid and f.check_id <> ${JUDGED_AT_READ}
    group by 1, 2, 3`;
  const byKey = new Map<string, CheckTally>();
  for (const row of rows) {
    const key = `${row.checkId} ${row.status}`;
    const tally = byKey.get(key) ?? { checkId: row.checkId, status: row.status, open: 0, accepted: 0 };
    tally[row.accepted ? "accepted" : "open"] += Number(row.count);
    byKey.set(key, tally);
  }
  return [...byKey.values()];
}

type Row = { checkId: string; status: FindingStatus; objectKind: string; objectNamespace: string | null; objectName: string; detail: string };

const toFinding = (row: Row): Finding => ({
  checkId: row.checkId,
  status: row.status,
  object: { kind: row.objectKind, ...(row.objectNamespace ? { namespace: row.objectNamespace } : {}), name: row.objectName },
  detail: row.detail,
});

/**
 * The scan's findings, most severe check first, failures before warnings;
 * all of them unless a limit is given. The overview leaves out the
 * attestation finding, which it judges as of now.
 */
export async function readScanFindings(scanId: string, options: { limit?: number; judgedAtRead?: "omit" } = {}): Promise<Finding[]> {
  const { limit } = options;
  const rows = await db.$queryRaw<Row[]>`
    select f.check_id as "checkId", f.status, f.object_kind as "objectKind", f.object_namespace as "objectNamespace", f.object_name as "objectName", f.detail
    from posture_findings f
    where f.scan_id = ${scanId}::uuid ${options.judgedAtRead === "omit" ? Prisma.sql`and f.check_id <> ${JUDGED_AT_READ}` : Prisma.empty}
    order by array_position(${CHECK_ORDER}::text[], f.check_id), case f.status when 'fail' then 0 when 'warn' then 1 else 2 end, f.object_key
    ${limit === undefined ? Prisma.empty : Prisma.sql`limit ${limit}`}`;
  return rows.map(toFinding);
}
