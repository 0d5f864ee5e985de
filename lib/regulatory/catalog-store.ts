import "server-only";
import type { db as Db, Tx } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { DEFAULT_CATALOG, findDefaultFramework } from "@/lib/rules/regulations/catalog";
import { ZFramework } from "@/lib/rules/regulations/schema";
import type { Framework } from "@/lib/rules/regulations/types";

type Client = Tx | typeof Db;

export type CatalogEntry = { key: string; version: number; isDefault: boolean; updatedAt: Date; definition: Framework };

export const CATALOG_AUDIT_ACTION = "regulation.update";

function parseDefinition(key: string, definition: unknown): Framework {
  const parsed = ZFramework.safeParse(definition);
  // Stored entries were validated when saved; a failure here is a broken row.
  if (!parsed.success) throw new Error(`Catalog entry ${key} is not a valid framework: ${parsed.error.message}`);
  return parsed.data as Framework;
}

export async function listCatalog(client: Client): Promise<CatalogEntry[]> {
  const rows = await client.regulatoryFramework.findMany({
    orderBy: { key: "asc" },
    select: { key: true, version: true, isDefault: true, updatedAt: true, definition: true },
  });
  // Shipped frameworks in REGULATIONS.md order, then the organisation's own.
  const rank = (key: string) => {
    const index = DEFAULT_CATALOG.findIndex((framework) => framework.key === key);
    return index === -1 ? DEFAULT_CATALOG.length : index;
  };
  return rows
    .map((row) => ({ ...row, definition: parseDefinition(row.key, row.definition) }))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The current entry, or a 400 naming the known keys. */
export async function loadFramework(client: Client, key: string): Promise<{ definition: Framework; version: number }> {
  const row = await client.regulatoryFramework.findUnique({ where: { key }, select: { definition: true, version: true } });
  if (!row) {
    const known = await client.regulatoryFramework.findMany({ select: { key: true }, orderBy: { key: "asc" } });
    throw badRequest(`Unknown framework "${key}"; the catalog has ${known.map((k) => k.key).join(", ")}`, { framework: ["Unknown framework"] });
  }
  return { definition: parseDefinition(key, row.definition), version: row.version };
}

/**
 * The definition an incident's obligations were computed from. Each edit's
 * audit entry (append-only, hash-chained) holds the new definition, so an
 * older version is read back from there; version 1 of a default entry is
 * the shipped one. This is what keeps a catalog edit from silently moving
 * an open incident's clocks when its triggers are later corrected.
 */
export async function loadFrameworkVersion(client: Client, key: string, version: number): Promise<Framework> {
  const current = await loadFramework(client, key);
  if (current.version === version) return current.definition;
  const entry = await client.auditEntry.findFirst({
    where: { action: CATALOG_AUDIT_ACTION, targetType: "regulatory_framework", targetId: key, data: { path: ["version"], equals: version } },
    orderBy: { seq: "desc" },
    select: { data: true },
  });
  const definition = (entry?.data as { definition?: unknown } | undefined)?.definition;
  if (definition) return parseDefinition(key, definition);
  const shipped = version === 1 ? findDefaultFramework(key) : undefined;
  // History missing (e.g. rows edited outside Cordon): the current entry is the best record left.
  return shipped ?? current.definition;
}
