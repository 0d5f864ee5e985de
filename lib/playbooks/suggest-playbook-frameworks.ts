import "server-only";
import type { Tx } from "@/lib/db";
import type { Playbook } from "@/lib/rules/playbooks/schema";
import type { PlaybookVersionRef } from "./read-playbook";

// A playbook's "frameworks to consider" become *suggested* frameworks on the
// incident, the same rows the "What applies?" helper writes: the lead accepts
// (which starts the clocks) or dismisses each. No clock starts here. A
// framework the incident already has, whatever its status, is left as it is,
// and one the catalog no longer holds is passed over. Two queries at most,
// none when the playbook names no framework.
export async function suggestPlaybookFrameworks(tx: Tx, incidentId: string, playbook: PlaybookVersionRef & { playbook: Pick<Playbook, "name" | "frameworks"> }): Promise<string[]> {
  if (playbook.playbook.frameworks.length === 0) return [];
  const catalog = await tx.regulatoryFramework.findMany({ where: { key: { in: playbook.playbook.frameworks } }, select: { key: true, version: true } });
  if (catalog.length === 0) return [];
  const versionOf = new Map(catalog.map((entry) => [entry.key, entry.version]));
  const reason = `The ${playbook.playbook.name} playbook (version ${playbook.version}) asks to consider it`;
  const added = await tx.incidentFramework.createManyAndReturn({
    data: playbook.playbook.frameworks.flatMap((key) => {
      const catalogVersion = versionOf.get(key);
      return catalogVersion === undefined ? [] : [{ incidentId, frameworkKey: key, status: "suggested", reason, catalogVersion }];
    }),
    skipDuplicates: true,
    select: { frameworkKey: true },
  });
  const addedKeys = new Set(added.map((row) => row.frameworkKey));
  // In the playbook's order, which is the order its author gave them.
  return playbook.playbook.frameworks.filter((key) => addedKeys.has(key));
}
