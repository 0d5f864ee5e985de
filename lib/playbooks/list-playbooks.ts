import "server-only";
import { db } from "@/lib/db";
import { CATEGORY_LABELS, INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { diffPlaybooks } from "@/lib/rules/playbooks/diff";
import { getCurrentPlaybook, parseStoredPlaybook } from "./read-playbook";

export async function listPlaybooks() {
  const [rows, versions] = await Promise.all([
    db.playbook.findMany({ select: { category: true, currentVersion: true, updatedAt: true } }),
    db.playbookVersion.findMany({ select: { category: true, version: true, body: true } }),
  ]);
  const byCategory = new Map(rows.map((r) => [r.category, r]));
  return INCIDENT_CATEGORIES.map((category) => {
    const row = byCategory.get(category);
    const current = row ? versions.find((v) => v.category === category && v.version === row.currentVersion) : undefined;
    const playbook = current ? parseStoredPlaybook(current.body) : null;
    return { category, label: CATEGORY_LABELS[category], version: row?.currentVersion ?? null, updatedAt: row?.updatedAt ?? null, name: playbook?.name ?? null, steps: playbook?.steps.length ?? 0 };
  });
}

export async function getPlaybook(category: string) {
  return getCurrentPlaybook(db, category);
}

/** Every version, newest first, each with what changed from the one before. */
export async function listPlaybookVersions(category: string) {
  await getCurrentPlaybook(db, category);
  const rows = await db.playbookVersion.findMany({ where: { category }, orderBy: { version: "asc" }, select: { id: true, version: true, note: true, createdBy: true, createdAt: true, body: true } });
  const parsed = rows.map((row) => ({ ...row, playbook: parseStoredPlaybook(row.body) }));
  return parsed
    .map(({ body: _body, playbook, ...row }, i) => ({ ...row, changes: i === 0 ? [] : diffPlaybooks(parsed[i - 1]!.playbook, playbook), playbook }))
    .reverse();
}
