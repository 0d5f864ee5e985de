// What a connection test means for a person: can Cordon reach the cluster,
// is its version supported, and which of Cordon's actions will work — with
// the exact permission each one that will not is missing.
import type { ConnectionReport, PermissionCheck } from "@/lib/kubernetes/test-connection";
import { ACTION_LABELS, type ClusterActionName } from "./schemas";

// The permissions (verb resource[/subresource]) each action uses.
const ACTION_NEEDS: Record<ClusterActionName, string[]> = {
  quarantine_node: ["patch nodes", "patch pods", "create events", "create pods/eviction"],
  isolate_pod: ["create networkpolicies", "patch pods", "create events"],
  collect_pod_logs: ["list pods", "get pods/log"],
  collect_node_logs: ["list nodes", "get nodes/proxy"],
  collect_events: ["list events"],
  collect_manifests: ["list nodes", "list pods"],
  checkpoint_container: ["list pods", "create nodes/proxy"],
  snapshot_volume: ["list pods", "create volumesnapshots", "list volumesnapshotclasses"],
  snapshot_node_disk: ["list nodes"],
  release: ["patch nodes", "patch pods", "delete networkpolicies", "create events"],
};

export interface ActionAvailability {
  action: ClusterActionName;
  label: string;
  allowed: boolean;
  /** e.g. "create pods/eviction"; empty when allowed. */
  missing: string[];
}

export interface ClusterCheck {
  checkedAt: string;
  reachable: boolean;
  ready: boolean;
  server: string;
  /** Set when the cluster could not be asked at all (unreachable, credentials rejected). */
  error?: string;
  version?: { gitVersion: string; supported: boolean; message: string };
  permissions: { action: string; allowed: boolean; missingPermission?: string; error?: string }[];
  actions: ActionAvailability[];
}

const permissionKey = (p: Pick<PermissionCheck, "verb" | "resource" | "subresource">) => `${p.verb} ${p.resource}${p.subresource ? `/${p.subresource}` : ""}`;

const NO_DISK_PROVIDER = "a cloud disk-snapshot provider (none is configured)";

/**
 * The stored check as it stands with the cluster's cloud provider: disk
 * snapshots also need one (the Kubernetes permissions alone do not do it).
 */
export function withDiskSnapshotProvider(check: ClusterCheck | null, providerKind: string | undefined): ClusterCheck | null {
  if (!check) return null;
  const actions = check.actions.map((entry) => {
    if (entry.action !== "snapshot_node_disk") return entry;
    // Checks stored by earlier versions carry the requirement already.
    const missing = entry.missing.filter((need) => need !== NO_DISK_PROVIDER);
    if (!providerKind) missing.push(NO_DISK_PROVIDER);
    return { ...entry, allowed: missing.length === 0, missing };
  });
  return { ...check, actions };
}

/** The Kubernetes side of the check; the cloud provider is added when the cluster is shown. */
export function summarizeCheck(report: ConnectionReport, at: Date): ClusterCheck {
  const allowed = new Map(report.permissions.map((p) => [permissionKey(p), p]));
  const actions = (Object.keys(ACTION_NEEDS) as ClusterActionName[]).map((action) => {
    const missing = report.reachable && !report.failure ? ACTION_NEEDS[action].filter((need) => allowed.get(need)?.allowed !== true) : ACTION_NEEDS[action];
    const described = missing.map((need) => allowed.get(need)?.missingPermission ?? need);
    return { action, label: ACTION_LABELS[action], allowed: described.length === 0, missing: described };
  });
  return {
    checkedAt: at.toISOString(),
    reachable: report.reachable && !report.failure,
    ready: report.ready,
    server: report.server,
    ...(report.failure ? { error: report.failure.message } : {}),
    ...(report.version ? { version: { gitVersion: report.version.gitVersion, supported: report.version.supported, message: report.version.message } } : {}),
    permissions: report.permissions.map((p) => ({
      action: p.action,
      allowed: p.allowed,
      ...(p.missingPermission ? { missingPermission: p.missingPermission } : {}),
      ...(p.error ? { error: p.error } : {}),
    })),
    actions,
  };
}
