import "server-only";
// Reads what the posture checks need, read-only and paged (listObjects uses
// limit/continue). A resource Cordon may not list becomes "unlisted" with
// the API server's reason, so its checks answer "unknown", never "pass";
// any other failure (unreachable, credentials refused) fails the scan.
import { ClusterError } from "@/lib/kubernetes/cluster-failure";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { readJson } from "@/lib/kubernetes/kube-request";
import { listObjects } from "@/lib/kubernetes/list-objects";
import type { ClusterResource, ClusterSnapshot } from "@/lib/rules/readiness/evaluate-cluster";
import { POSTURE_READS } from "@/lib/rules/readiness/posture-reads";
import { toBindings, toDaemonSets, toNamespaces, toNetworkPolicies, toNodes, toPods, toRoles, type Skipped } from "./normalize-objects";
import { reviewCordonAccess } from "./review-cordon-access";

const PATHS = Object.fromEntries(POSTURE_READS.map((read) => [read.resource, read.path])) as Record<ClusterResource, string>;

export const SNAPSHOT_STEPS = Object.keys(PATHS).length + 2;

export type SnapshotRead = Omit<ClusterSnapshot, "attestation"> & { skipped: Skipped };

export async function readClusterSnapshot(connection: KubeConnection, clusterName: string, onStep: () => Promise<void>): Promise<SnapshotRead> {
  const version = (await readJson(connection, "/version")) as { gitVersion?: unknown } | undefined;
  await onStep();
  const unlisted: SnapshotRead["unlisted"] = {};
  const raw: Partial<Record<ClusterResource, unknown[]>> = {};
  // One at a time: a scan should never be what slows the API server down.
  for (const [resource, path] of Object.entries(PATHS) as [ClusterResource, string][]) {
    try {
      raw[resource] = await listObjects(connection, path);
    } catch (error) {
      if (!(error instanceof ClusterError) || (error.failure.cause !== "forbidden" && error.failure.cause !== "not-found")) throw error;
      unlisted[resource] = error.failure.cause === "forbidden" ? "forbidden" : "the API server does not serve it";
    }
    await onStep();
  }
  const skipped: Skipped = {};
  const both = <T>(a: T[] | undefined, b: T[] | undefined) => (a && b ? [...a, ...b] : undefined);
  const access = await reviewCordonAccess(connection);
  await onStep();
  return {
    clusterName,
    gitVersion: typeof version?.gitVersion === "string" ? version.gitVersion : "unknown",
    nodes: raw.nodes && toNodes(raw.nodes, skipped),
    namespaces: raw.namespaces && toNamespaces(raw.namespaces, skipped),
    pods: raw.pods && toPods(raw.pods, skipped),
    daemonSets: raw.daemonsets && toDaemonSets(raw.daemonsets, skipped),
    networkPolicies: raw.networkpolicies && toNetworkPolicies(raw.networkpolicies, skipped),
    roles: both(raw.roles && toRoles("Role", raw.roles, skipped), raw.clusterroles && toRoles("ClusterRole", raw.clusterroles, skipped)),
    bindings: both(raw.rolebindings && toBindings("RoleBinding", raw.rolebindings, skipped), raw.clusterrolebindings && toBindings("ClusterRoleBinding", raw.clusterrolebindings, skipped)),
    unlisted,
    access,
    skipped,
  };
}
