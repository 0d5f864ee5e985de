// Kubernetes RBAC evaluation over the sandbox's own Role/ClusterRole and
// binding objects, for one identity: what SelfSubjectAccessReview and
// SelfSubjectRulesReview answer. Pure, so the manifest Cordon ships
// (deploy/cordon-rbac.yaml) can be judged by the same rules.
import type { KubeObject } from "./types";

export type RbacRule = { apiGroups?: string[]; resources?: string[]; verbs?: string[]; resourceNames?: string[]; nonResourceURLs?: string[] };

export type RbacObjects = { roles: KubeObject[]; clusterRoles: KubeObject[]; bindings: KubeObject[]; clusterBindings: KubeObject[] };

export type Identity = { user: string; groups: string[] };

export type ResourceRequest = { verb: string; group: string; resource: string; subresource?: string; namespace?: string; name?: string };

/** A service account's identity as the API server sees it. */
export function serviceAccountIdentity(user: string): Identity {
  const [, , namespace] = user.split(":");
  return { user, groups: ["system:serviceaccounts", `system:serviceaccounts:${namespace}`, "system:authenticated"] };
}

type Subject = { kind?: unknown; name?: unknown; namespace?: unknown };

function subjectMatches(subject: Subject, identity: Identity): boolean {
  if (subject.kind === "User") return subject.name === identity.user;
  if (subject.kind === "Group") return typeof subject.name === "string" && identity.groups.includes(subject.name);
  if (subject.kind === "ServiceAccount") return identity.user === `system:serviceaccount:${String(subject.namespace)}:${String(subject.name)}`;
  return false;
}

const rulesOf = (role: KubeObject | undefined): RbacRule[] => (Array.isArray(role?.rules) ? (role.rules as RbacRule[]) : []);

function boundToIdentity(binding: KubeObject, identity: Identity): boolean {
  const subjects = Array.isArray(binding.subjects) ? (binding.subjects as Subject[]) : [];
  return subjects.some((s) => subjectMatches(s, identity));
}

/**
 * The rules in force for `identity` in `namespace` (cluster-wide rules only
 * when namespace is undefined): ClusterRoleBindings everywhere, RoleBindings
 * in their own namespace, each to a Role of that namespace or a ClusterRole.
 */
export function rulesFor(objects: RbacObjects, identity: Identity, namespace?: string): RbacRule[] {
  const clusterRole = (name: unknown) => objects.clusterRoles.find((r) => r.metadata.name === name);
  const rules: RbacRule[] = [];
  for (const binding of objects.clusterBindings) {
    if (boundToIdentity(binding, identity)) rules.push(...rulesOf(clusterRole((binding.roleRef as { name?: unknown } | undefined)?.name)));
  }
  if (namespace === undefined) return rules;
  for (const binding of objects.bindings) {
    if (binding.metadata.namespace !== namespace || !boundToIdentity(binding, identity)) continue;
    const ref = (binding.roleRef ?? {}) as { kind?: unknown; name?: unknown };
    const role = ref.kind === "Role" ? objects.roles.find((r) => r.metadata.namespace === namespace && r.metadata.name === ref.name) : clusterRole(ref.name);
    rules.push(...rulesOf(role));
  }
  return rules;
}

const covers = (list: readonly string[] | undefined, value: string) => (list ?? []).some((item) => item === "*" || item === value);

export function ruleAllows(rule: RbacRule, request: ResourceRequest): boolean {
  if (!covers(rule.verbs, request.verb) || !covers(rule.apiGroups, request.group)) return false;
  const resource = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
  const resourceOk = (rule.resources ?? []).some((r) => r === "*" || r === resource || (request.subresource !== undefined && r === `${request.resource}/*`) || (request.subresource === undefined && r === request.resource));
  if (!resourceOk) return false;
  if (rule.resourceNames && rule.resourceNames.length > 0) return request.name !== undefined && rule.resourceNames.includes(request.name);
  return true;
}

export function rbacAllows(objects: RbacObjects, identity: Identity, request: ResourceRequest): boolean {
  return rulesFor(objects, identity, request.namespace).some((rule) => ruleAllows(rule, request));
}
