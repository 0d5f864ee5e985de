// Cordon's ClusterRole as deploy/cordon-rbac.yaml ships it (a test keeps the
// two equal), seeded with the readiness weaknesses so the sandbox's access
// reviews answer what a cluster set up by the manual would.
import type { RbacRule } from "./rbac";

export const CORDON_ROLE_RULES: readonly RbacRule[] = [
  { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "patch"] },
  { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "patch"] },
  { apiGroups: [""], resources: ["pods/log"], verbs: ["get"] },
  { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
  { apiGroups: [""], resources: ["events"], verbs: ["get", "list", "create"] },
  { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: ["get", "list", "create", "delete"] },
  { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get", "create"] },
  { apiGroups: ["snapshot.storage.k8s.io"], resources: ["volumesnapshots"], verbs: ["get", "create"] },
  { apiGroups: ["snapshot.storage.k8s.io"], resources: ["volumesnapshotclasses"], verbs: ["get", "list"] },
  { apiGroups: ["apps"], resources: ["replicasets", "deployments", "statefulsets"], verbs: ["get"] },
  { apiGroups: ["batch"], resources: ["jobs", "cronjobs"], verbs: ["get"] },
  { apiGroups: [""], resources: ["replicationcontrollers"], verbs: ["get"] },
  { apiGroups: [""], resources: ["namespaces", "serviceaccounts"], verbs: ["get", "list"] },
  { apiGroups: ["apps"], resources: ["daemonsets"], verbs: ["get", "list"] },
  { apiGroups: ["rbac.authorization.k8s.io"], resources: ["roles", "clusterroles", "rolebindings", "clusterrolebindings"], verbs: ["get", "list"] },
  { apiGroups: ["authorization.k8s.io"], resources: ["selfsubjectaccessreviews", "selfsubjectrulesreviews"], verbs: ["create"] },
];
