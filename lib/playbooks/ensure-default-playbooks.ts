import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_PLAYBOOKS } from "@/lib/rules/playbooks/default-playbooks";
import { ZPlaybook } from "@/lib/rules/playbooks/schema";

// Every installation starts with one reviewed playbook per category. A
// category that already has a playbook is left alone: an admin may have
// edited it.
export async function ensureDefaultPlaybooks(): Promise<void> {
  const present = new Set((await db.playbook.findMany({ select: { category: true } })).map((p) => p.category));
  for (const input of DEFAULT_PLAYBOOKS) {
    if (present.has(input.category)) continue;
    const body = JSON.parse(JSON.stringify(ZPlaybook.parse(input))) as Prisma.InputJsonObject;
    await db.$transaction([
      db.playbook.createMany({ data: [{ category: input.category, currentVersion: 1 }], skipDuplicates: true }),
      db.playbookVersion.createMany({ data: [{ category: input.category, version: 1, body, note: "Shipped default", createdBy: "Cordon defaults" }], skipDuplicates: true }),
    ]);
  }
}
