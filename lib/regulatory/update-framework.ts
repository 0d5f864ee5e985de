import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZFramework } from "@/lib/rules/regulations/schema";
import type { Framework } from "@/lib/rules/regulations/types";
import { parseInput } from "@/lib/validation";
import { CATALOG_AUDIT_ACTION } from "./catalog-store";

function toJson(value: unknown): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
}

// PostgreSQL's jsonb reorders keys, so compare with keys sorted.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// Admins edit or add a framework as a whole. Each edit bumps `version`;
// open incidents keep the clocks they have and show "catalog changed" until
// someone re-applies. The audit entry keeps the full definition, which is
// how older versions are read back (catalog-store.ts).
export async function updateFramework(actor: Actor, key: string, input: unknown) {
  const framework = parseInput(ZFramework, input, "Framework") as Framework;
  if (framework.key !== key) throw badRequest(`The framework's key (${framework.key}) must match the entry being edited (${key})`, { key: ["Must match the URL"] });
  const definition = toJson(framework);
  return transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`regulatory_framework:${key}`}))`;
    const existing = await tx.regulatoryFramework.findUnique({ where: { key }, select: { version: true, definition: true } });
    if (existing && canonical(existing.definition) === canonical(definition)) {
      return { key, version: existing.version, changed: false, definition: framework };
    }
    const version = (existing?.version ?? 0) + 1;
    await tx.regulatoryFramework.upsert({
      where: { key },
      create: { key, definition, version, isDefault: false, updatedById: actor.id },
      update: { definition, version, updatedById: actor.id },
      select: { key: true },
    });
    await appendAudit(tx, actor, {
      action: CATALOG_AUDIT_ACTION,
      targetType: "regulatory_framework",
      targetId: key,
      data: { key, version, previousVersion: existing?.version ?? null, definition: framework },
    });
    // Open incidents that use this framework now show "catalog changed";
    // tell their live viewers.
    const affected = await tx.incidentFramework.findMany({
      where: { frameworkKey: key, status: "accepted", incident: { status: { not: "CLOSED" } } },
      select: { incidentId: true },
    });
    for (const { incidentId } of affected) await tx.$executeRaw`select pg_notify('incident_changed', ${incidentId})`;
    return { key, version, changed: true, definition: framework };
  });
}
