// A severity of a test's own, so the policy it sets and the counts it reads
// never touch another test's incidents. Ranks are few (1–99, unique) and the
// whole run shares one database, so a taken rank is retried, not assumed free.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SEVERITY_POLICIES, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";

// 5–99: clear of the seeded SEV1–SEV4.
const FIRST_FREE_RANK = 5;
const LAST_RANK = 99;

export async function makeTestSeverity(overrides: Partial<SeverityPolicy> = {}, base: SeverityPolicy = DEFAULT_SEVERITY_POLICIES[3]!): Promise<SeverityPolicy> {
  for (let tries = 0; tries < 40; tries++) {
    const key = `T${randomUUID().replaceAll("-", "").slice(0, 8).toUpperCase()}`;
    const rank = FIRST_FREE_RANK + Math.floor(Math.random() * (LAST_RANK - FIRST_FREE_RANK + 1));
    const policy: SeverityPolicy = { ...base, ...overrides, key, rank, name: `Test ${key}` };
    try {
      await db.severity.create({ data: { key, rank, name: policy.name, policy: JSON.parse(JSON.stringify(policy)) as Prisma.InputJsonObject }, select: { key: true } });
      return policy;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  throw new Error("could not find a free severity rank for a test severity");
}
