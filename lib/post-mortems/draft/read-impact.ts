import "server-only";
import { db } from "@/lib/db";
import type { DocumentImpact } from "@/lib/rules/post-mortems/document-types";

type Target = { node?: unknown; namespace?: unknown; pod?: unknown; suspectPods?: unknown };
type Scope = { namespaces: Set<string>; workloads: Set<string>; nodes: Set<string> };

// What was affected, as Cordon saw it: the clusters, namespaces, workloads
// and nodes that cluster actions touched and evidence came from, and what
// the public status page said about the incident.
export async function readImpact(incidentId: string, publishedAt: Date | null, publicTitle: string | null, resolvedAt: Date | null): Promise<DocumentImpact> {
  const [actions, evidence, updates, components] = await Promise.all([
    db.clusterAction.findMany({ where: { incidentId, dryRun: false }, select: { target: true, cluster: { select: { name: true } } } }),
    db.evidence.findMany({
      where: { incidentId, sourceCluster: { not: null } },
      select: { sourceCluster: true, sourceNode: true, sourceNamespace: true, sourcePod: true },
    }),
    db.statusUpdate.findMany({ where: { incidentId, audience: "public" }, orderBy: { createdAt: "asc" }, select: { createdAt: true, phase: true, body: true } }),
    db.componentImpact.findMany({ where: { incidentId }, select: { state: true, component: { select: { name: true } } }, orderBy: { component: { position: "asc" } } }),
  ]);
  const scopes = new Map<string, Scope>();
  const scope = (cluster: string) => {
    let found = scopes.get(cluster);
    if (!found) scopes.set(cluster, (found = { namespaces: new Set(), workloads: new Set(), nodes: new Set() }));
    return found;
  };
  for (const action of actions) {
    const s = scope(action.cluster.name);
    const target = (action.target ?? {}) as Target;
    if (typeof target.node === "string") s.nodes.add(target.node);
    if (typeof target.namespace === "string") s.namespaces.add(target.namespace);
    if (typeof target.namespace === "string" && typeof target.pod === "string") s.workloads.add(`${target.namespace}/${target.pod}`);
    if (Array.isArray(target.suspectPods)) {
      for (const pod of target.suspectPods as { namespace?: unknown; name?: unknown }[]) {
        if (typeof pod.namespace === "string" && typeof pod.name === "string") {
          s.namespaces.add(pod.namespace);
          s.workloads.add(`${pod.namespace}/${pod.name}`);
        }
      }
    }
  }
  for (const item of evidence) {
    const s = scope(item.sourceCluster!);
    if (item.sourceNode) s.nodes.add(item.sourceNode);
    if (item.sourceNamespace) s.namespaces.add(item.sourceNamespace);
    if (item.sourceNamespace && item.sourcePod) s.workloads.add(`${item.sourceNamespace}/${item.sourcePod}`);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    clusters: [...scopes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cluster, s]) => ({ cluster, namespaces: sorted(s.namespaces), workloads: sorted(s.workloads), nodes: sorted(s.nodes) })),
    statusPage: {
      publishedAt: publishedAt?.toISOString() ?? null,
      publicTitle,
      updates: updates.map((u) => ({ at: u.createdAt.toISOString(), phase: u.phase, body: u.body })),
      components: components.map((c) => ({ name: c.component.name, state: c.state })),
    },
    customerFacing: customerFacing(publishedAt, updates, resolvedAt),
  };
}

// From the first public word about the incident until the public "resolved"
// update, or else its resolution; still running when neither exists.
function customerFacing(publishedAt: Date | null, updates: { createdAt: Date; phase: string }[], resolvedAt: Date | null): DocumentImpact["customerFacing"] {
  const first = [publishedAt, updates[0]?.createdAt].filter((d): d is Date => d instanceof Date).sort((a, b) => a.getTime() - b.getTime())[0];
  if (!first) return null;
  const end = updates.find((u) => u.phase === "resolved")?.createdAt ?? resolvedAt;
  if (!end || end.getTime() < first.getTime()) return { from: first.toISOString(), to: null, ms: null };
  return { from: first.toISOString(), to: end.toISOString(), ms: end.getTime() - first.getTime() };
}
