import "server-only";
import type { Tx } from "@/lib/db";
import { findCurrentPlaybook, findPlaybookVersion } from "./read-playbook";

// The playbook an incident follows: the version it is pinned to while its
// category stays the same (an edited playbook never rewrites a running
// incident), else the current version of its category.
export async function resolveIncidentPlaybook(tx: Tx, incidentId: string, category: string) {
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { playbookVersionId: true } });
  if (incident.playbookVersionId) {
    const pinned = await findPlaybookVersion(tx, incident.playbookVersionId);
    if (pinned && pinned.category === category) return pinned;
  }
  return findCurrentPlaybook(tx, category);
}
