import "server-only";
import type { db, Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ZPlaybook, type Playbook } from "@/lib/rules/playbooks/schema";

export type PlaybookVersionRef = { id: string; category: string; version: number };

/** A stored body; it was validated when saved, so failing here means a broken row. */
export function parseStoredPlaybook(body: unknown): Playbook {
  return ZPlaybook.parse(body);
}

/** The current version of a category's playbook, or null when the category has none. */
export async function findCurrentPlaybook(client: Tx | typeof db, category: string): Promise<(PlaybookVersionRef & { playbook: Playbook }) | null> {
  const row = await client.playbook.findUnique({ where: { category }, select: { currentVersion: true } });
  if (!row) return null;
  const version = await client.playbookVersion.findUniqueOrThrow({ where: { category_version: { category, version: row.currentVersion } }, select: { id: true, version: true, body: true } });
  return { id: version.id, category, version: version.version, playbook: parseStoredPlaybook(version.body) };
}

export async function getCurrentPlaybook(client: Tx | typeof db, category: string) {
  const found = await findCurrentPlaybook(client, category);
  if (!found) throw notFound(`Playbook for "${category}"`);
  return found;
}

export async function findPlaybookVersion(client: Tx | typeof db, id: string): Promise<(PlaybookVersionRef & { playbook: Playbook }) | null> {
  const row = await client.playbookVersion.findUnique({ where: { id }, select: { id: true, category: true, version: true, body: true } });
  return row ? { id: row.id, category: row.category, version: row.version, playbook: parseStoredPlaybook(row.body) } : null;
}
