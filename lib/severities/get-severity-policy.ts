import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { ZSeverityPolicy, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";

export async function getSeverityPolicy(client: Tx | typeof db, key: string): Promise<SeverityPolicy> {
  const row = await client.severity.findUnique({ where: { key }, select: { policy: true } });
  if (!row) {
    const known = await client.severity.findMany({ select: { key: true }, orderBy: { rank: "asc" } });
    throw badRequest(`Unknown severity "${key}"; choose one of ${known.map((s) => s.key).join(", ")}`, { severity: ["Unknown severity"] });
  }
  return ZSeverityPolicy.parse(row.policy) as SeverityPolicy;
}
