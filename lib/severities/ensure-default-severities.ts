import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";

// Every installation starts with SEV1–SEV4. Existing rows are left alone:
// they may have been edited by an admin.
export async function ensureDefaultSeverities(): Promise<void> {
  await db.severity.createMany({
    data: DEFAULT_SEVERITY_POLICIES.map((policy) => ({
      key: policy.key,
      rank: policy.rank,
      name: policy.name,
      policy: JSON.parse(JSON.stringify(policy)) as Prisma.InputJsonObject,
    })),
    skipDuplicates: true,
  });
}
