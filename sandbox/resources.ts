// The resources the sandbox serves, with the verbs and field selectors the
// real API server supports for each.
import { valueAtPath } from "./json";
import type { KubeObject } from "./types";

export type Verb = "get" | "list" | "create" | "update" | "patch" | "delete" | "deletecollection";

export interface ResourceType {
  resource: string;
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
  verbs: readonly Verb[];
  /** Field selectors beyond metadata.name / metadata.namespace. */
  fields: readonly string[];
}

function type(
  resource: string,
  kind: string,
  group: string,
  version: string,
  namespaced: boolean,
  verbs: readonly Verb[],
  fields: readonly string[] = [],
): ResourceType {
  return { resource, kind, group, version, namespaced, verbs, fields };
}

const READ: readonly Verb[] = ["get", "list"];

// pods and nodes list `delete` so the server can answer it with its own
// refusal rather than the generic one: Cordon must never send it.
export const RESOURCES: readonly ResourceType[] = [
  type("namespaces", "Namespace", "", "v1", false, READ, ["status.phase"]),
  type("nodes", "Node", "", "v1", false, ["get", "list", "patch", "update", "delete"], ["spec.unschedulable"]),
  type("pods", "Pod", "", "v1", true, ["get", "list", "create", "patch", "update", "delete"], [
    "spec.nodeName",
    "spec.restartPolicy",
    "spec.schedulerName",
    "spec.serviceAccountName",
    "spec.hostNetwork",
    "status.phase",
    "status.podIP",
    "status.nominatedNodeName",
  ]),
  type("events", "Event", "", "v1", true, ["get", "list", "create"], [
    "involvedObject.kind",
    "involvedObject.namespace",
    "involvedObject.name",
    "involvedObject.uid",
    "involvedObject.apiVersion",
    "involvedObject.resourceVersion",
    "involvedObject.fieldPath",
    "reason",
    "reportingComponent",
    "source",
    "type",
  ]),
  type("persistentvolumeclaims", "PersistentVolumeClaim", "", "v1", true, READ),
  type("networkpolicies", "NetworkPolicy", "networking.k8s.io", "v1", true, ["get", "list", "create", "delete", "deletecollection"]),
  type("poddisruptionbudgets", "PodDisruptionBudget", "policy", "v1", true, READ),
  type("deployments", "Deployment", "apps", "v1", true, READ),
  type("replicasets", "ReplicaSet", "apps", "v1", true, READ),
  type("daemonsets", "DaemonSet", "apps", "v1", true, READ),
  type("volumesnapshots", "VolumeSnapshot", "snapshot.storage.k8s.io", "v1", true, ["get", "list", "create"]),
  type("volumesnapshotcontents", "VolumeSnapshotContent", "snapshot.storage.k8s.io", "v1", false, READ),
  type("volumesnapshotclasses", "VolumeSnapshotClass", "snapshot.storage.k8s.io", "v1", false, READ),
  type("serviceaccounts", "ServiceAccount", "", "v1", true, READ),
  // RBAC objects are read-only here; access reviews answer from them (see authz.ts).
  type("clusterroles", "ClusterRole", "rbac.authorization.k8s.io", "v1", false, READ),
  type("clusterrolebindings", "ClusterRoleBinding", "rbac.authorization.k8s.io", "v1", false, READ),
  type("roles", "Role", "rbac.authorization.k8s.io", "v1", true, READ),
  type("rolebindings", "RoleBinding", "rbac.authorization.k8s.io", "v1", true, READ),
  type("selfsubjectaccessreviews", "SelfSubjectAccessReview", "authorization.k8s.io", "v1", false, ["create"]),
  type("selfsubjectrulesreviews", "SelfSubjectRulesReview", "authorization.k8s.io", "v1", false, ["create"]),
];

/** Subresources the sandbox serves, keyed `resource/subresource`. */
export const SUBRESOURCES: Readonly<Record<string, readonly Verb[]>> = {
  "pods/log": ["get"],
  "pods/eviction": ["create"],
  "nodes/proxy": ["get", "create"],
};

export function findResource(group: string, version: string, resource: string): ResourceType | undefined {
  return RESOURCES.find((t) => t.group === group && t.version === version && t.resource === resource);
}

export function resourceByName(resource: string): ResourceType {
  const found = RESOURCES.find((t) => t.resource === resource);
  if (!found) throw new Error(`unknown sandbox resource ${resource}`);
  return found;
}

export function apiVersionOf(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

// Booleans that Go renders with fmt.Sprint, so an unset field reads "false".
const BOOLEAN_FIELDS = new Set(["spec.unschedulable", "spec.hostNetwork"]);

export function fieldValue(object: KubeObject, field: string): string {
  const path = field === "source" ? "source.component" : field;
  const value = valueAtPath(object, path);
  if (value === undefined || value === null) return BOOLEAN_FIELDS.has(field) ? "false" : "";
  return String(value);
}
