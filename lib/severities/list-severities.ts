import "server-only";
import { db } from "@/lib/db";
import { ZSeverityPolicy, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";

export async function listSeverityPolicies(): Promise<SeverityPolicy[]> {
  const rows = await db.severity.findMany({ orderBy: { rank: "asc" }, select: { policy: true } });
  return rows.map((row) => ZSeverityPolicy.parse(row.policy) as SeverityPolicy);
}
