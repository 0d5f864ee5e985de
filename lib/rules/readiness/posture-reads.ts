import type { ClusterResource } from "./evaluate-cluster";

// The lists a posture scan reads, each with the read-only right it needs.
// One table for the scan (its paths) and for the check of Cordon's shipped
// RBAC manifest (deploy/cordon-rbac.yaml), so the two cannot drift apart.
export type PostureRead = { resource: ClusterResource; group: string; path: string; verb: "list" };

const RBAC = "rbac.authorization.k8s.io";

export const POSTURE_READS: readonly PostureRead[] = [
  { resource: "nodes", group: "", path: "/api/v1/nodes", verb: "list" },
  { resource: "namespaces", group: "", path: "/api/v1/namespaces", verb: "list" },
  { resource: "pods", group: "", path: "/api/v1/pods", verb: "list" },
  { resource: "daemonsets", group: "apps", path: "/apis/apps/v1/daemonsets", verb: "list" },
  { resource: "networkpolicies", group: "networking.k8s.io", path: "/apis/networking.k8s.io/v1/networkpolicies", verb: "list" },
  { resource: "roles", group: RBAC, path: `/apis/${RBAC}/v1/roles`, verb: "list" },
  { resource: "clusterroles", group: RBAC, path: `/apis/${RBAC}/v1/clusterroles`, verb: "list" },
  { resource: "rolebindings", group: RBAC, path: `/apis/${RBAC}/v1/rolebindings`, verb: "list" },
  { resource: "clusterrolebindings", group: RBAC, path: `/apis/${RBAC}/v1/clusterrolebindings`, verb: "list" },
];

/** The access review a scan sends to learn Cordon's own rights. */
export const ACCESS_REVIEW_RIGHTS = [
  { verb: "create", group: "authorization.k8s.io", resource: "selfsubjectaccessreviews" },
] as const;
