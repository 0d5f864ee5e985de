import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_CATALOG } from "@/lib/rules/regulations/catalog";

// Every installation starts with the frameworks of REGULATIONS.md. Entries
// already present are left alone: an admin may have edited them.
export async function ensureDefaultCatalog(): Promise<void> {
  await db.regulatoryFramework.createMany({
    data: DEFAULT_CATALOG.map((framework) => ({
      key: framework.key,
      definition: JSON.parse(JSON.stringify(framework)) as Prisma.InputJsonObject,
      isDefault: true,
    })),
    skipDuplicates: true,
  });
}
