import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

export type SuspectTarget = { clusterId: string; node: string | null; pod: string | null; container: string | null };

// The pod and node an incident is about, as its newest alert names them on a
// registered cluster; a suggested cluster action opens its preview on them.
export async function findSuspectTarget(client: Tx | typeof db, incidentId: string): Promise<SuspectTarget | null> {
  const groups = await client.alertGroup.findMany({
    where: { incidentId, cluster: { not: null }, OR: [{ node: { not: null } }, { pod: { not: null } }] },
    orderBy: { lastSeenAt: "desc" },
    take: 5,
    select: { cluster: true, node: true, namespace: true, pod: true, container: true },
  });
  if (groups.length === 0) return null;
  const clusters = await client.cluster.findMany({ where: { name: { in: groups.map((g) => g.cluster!) } }, select: { id: true, name: true } });
  for (const group of groups) {
    const cluster = clusters.find((c) => c.name === group.cluster);
    if (!cluster) continue;
    return { clusterId: cluster.id, node: group.node, pod: group.pod && group.namespace ? `${group.namespace}/${group.pod}` : null, container: group.container };
  }
  return null;
}
