import "server-only";
// The check run when a cluster is registered: can Cordon reach it, is its
// version supported, and which actions will work with the permissions it
// has (one SelfSubjectAccessReview per permission an action needs).
import type { ClusterFailure } from "./cluster-failure";
import { describePermission } from "./cluster-failure";
import { checkServerVersion, type ServerVersion, type VersionCheck } from "./check-server-version";
import type { KubeConnection } from "./kube-connection";
import { sendKubeRequest } from "./kube-request";

export interface PermissionNeed {
  /** What a person gets from it, in the words of the UI. */
  action: string;
  verb: string;
  resource: string;
  subresource?: string;
  group: string;
}

export const PERMISSION_NEEDS: readonly PermissionNeed[] = [
  { action: "list nodes", verb: "list", resource: "nodes", group: "" },
  { action: "list pods", verb: "list", resource: "pods", group: "" },
  { action: "quarantine a node (cordon, taint, label)", verb: "patch", resource: "nodes", group: "" },
  { action: "label, isolate or detach a pod", verb: "patch", resource: "pods", group: "" },
  { action: "move other workloads off a node", verb: "create", resource: "pods", subresource: "eviction", group: "" },
  { action: "collect pod logs", verb: "get", resource: "pods", subresource: "log", group: "" },
  { action: "collect events", verb: "list", resource: "events", group: "" },
  { action: "record events on the cluster", verb: "create", resource: "events", group: "" },
  { action: "isolate a pod (create its NetworkPolicy)", verb: "create", resource: "networkpolicies", group: "networking.k8s.io" },
  { action: "release a pod (delete Cordon's NetworkPolicy)", verb: "delete", resource: "networkpolicies", group: "networking.k8s.io" },
  { action: "collect node logs", verb: "get", resource: "nodes", subresource: "proxy", group: "" },
  { action: "checkpoint a container", verb: "create", resource: "nodes", subresource: "proxy", group: "" },
  { action: "snapshot a volume", verb: "create", resource: "volumesnapshots", group: "snapshot.storage.k8s.io" },
  { action: "choose a Retain snapshot class", verb: "list", resource: "volumesnapshotclasses", group: "snapshot.storage.k8s.io" },
];

export interface PermissionCheck extends PermissionNeed {
  allowed: boolean;
  /** e.g. "create pods/eviction"; set when not allowed. */
  missingPermission?: string;
  /** Why the review itself failed, when it did. */
  error?: string;
}

export interface ConnectionReport {
  /** The API server answered (even if it refused the credentials). */
  reachable: boolean;
  server: string;
  version?: VersionCheck;
  permissions: PermissionCheck[];
  /** True when reachable, supported and every permission is allowed. */
  ready: boolean;
  failure?: ClusterFailure;
}

async function review(connection: KubeConnection, need: PermissionNeed, timeoutMs: number): Promise<PermissionCheck> {
  const response = await sendKubeRequest(connection, {
    method: "POST",
    path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
    body: {
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview",
      spec: { resourceAttributes: { verb: need.verb, group: need.group, resource: need.resource, ...(need.subresource ? { subresource: need.subresource } : {}) } },
    },
    timeoutMs,
  });
  const allowed = !response.failure && (response.body as { status?: { allowed?: boolean } } | undefined)?.status?.allowed === true;
  return {
    ...need,
    allowed,
    ...(allowed ? {} : { missingPermission: describePermission(need) }),
    ...(response.failure ? { error: response.failure.message } : {}),
  };
}

export async function testConnection(connection: KubeConnection, timeoutMs = 5_000): Promise<ConnectionReport> {
  const response = await sendKubeRequest(connection, { method: "GET", path: "/version", timeoutMs });
  if (response.failure) {
    return { reachable: response.status !== 0, server: connection.server, permissions: [], ready: false, failure: response.failure };
  }
  const version = checkServerVersion(response.body as ServerVersion);
  const permissions = await Promise.all(PERMISSION_NEEDS.map((need) => review(connection, need, timeoutMs)));
  return {
    reachable: true,
    server: connection.server,
    version,
    permissions,
    ready: version.supported && permissions.every((p) => p.allowed),
  };
}
