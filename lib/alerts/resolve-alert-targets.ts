import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { listClusterNodes, searchClusterPods } from "@/lib/clusters/read-cluster-inventory";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleAlertGroups } from "./list-alert-groups";

export type AlertTarget = { clusterId: string; clusterName: string; node: string | null; pod: string | null; container: string | null };

// Finds the cluster objects an alert names in a registered cluster's live
// inventory: the cluster it names, else (for sandbox alerts) the sandbox,
// else any registered cluster that has that pod or node. Nothing is changed:
// this only tells the inbox what it may offer to preview.
export async function resolveAlertTargets(user: SessionUser, groupId: string): Promise<{ targets: AlertTarget[] }> {
  if (!isUuid(groupId)) throw notFound("Alert");
  const group = await db.alertGroup.findFirst({
    where: { id: groupId, ...visibleAlertGroups(user) },
    select: { cluster: true, namespace: true, pod: true, node: true, container: true, source: { select: { sandbox: true } } },
  });
  if (!group) throw notFound("Alert");
  if (!group.pod && !group.node) return { targets: [] };
  const clusters = await db.cluster.findMany({ select: { id: true, name: true, isSandbox: true }, orderBy: [{ isSandbox: "desc" }, { name: "asc" }] });
  const named = clusters.filter((cluster) => cluster.name === group.cluster);
  // Sandbox alerts resolve on the sandbox only, real ones never on it.
  const candidates = named.length > 0 ? named : clusters.filter((cluster) => cluster.isSandbox === group.source.sandbox);
  const targets: AlertTarget[] = [];
  for (const cluster of candidates.slice(0, 5)) {
    const found = await findOn(cluster.id, group);
    if (found) targets.push({ clusterId: cluster.id, clusterName: cluster.name, ...found });
  }
  return { targets };
}

async function findOn(clusterId: string, group: { namespace: string | null; pod: string | null; node: string | null; container: string | null }) {
  if (group.namespace && group.pod) {
    const pods = await searchClusterPods(clusterId, { namespace: group.namespace, q: group.pod });
    const pod = pods.state === "ok" ? pods.items.find((item) => item.name === group.pod) : undefined;
    if (pod) return { pod: `${pod.namespace}/${pod.name}`, node: pod.node ?? null, container: group.container && pod.containers.includes(group.container) ? group.container : null };
  }
  if (group.node) {
    const nodes = await listClusterNodes(clusterId);
    if (nodes.state === "ok" && nodes.items.some((item) => item.name === group.node)) return { pod: null, node: group.node, container: null };
  }
  return null;
}
