import type { Finding, Role, RoleBinding, Subject } from "./types";

const ANONYMOUS = new Set(["system:anonymous", "system:unauthenticated"]);

// Subjects the platform itself runs as: the control plane's own bindings.
export function isSystemSubject(subject: Subject): boolean {
  if (subject.kind === "Group") return subject.name.startsWith("system:") && !ANONYMOUS.has(subject.name);
  if (subject.kind === "User") return subject.name.startsWith("system:") && !ANONYMOUS.has(subject.name);
  return subject.namespace === "kube-system" && subject.name !== "default";
}

const describeSubject = (s: Subject) => (s.kind === "ServiceAccount" ? `service account ${s.namespace ?? "?"}/${s.name}` : `${s.kind.toLowerCase()} "${s.name}"`);

const bindingRef = (b: RoleBinding) => ({ kind: b.kind, ...(b.namespace ? { namespace: b.namespace } : {}), name: b.name });

const roleKey = (kind: string, name: string, namespace?: string) => (kind === "ClusterRole" ? `ClusterRole/${name}` : `Role/${namespace}/${name}`);

export type RoleIndex = ReadonlyMap<string, Role>;

export function indexRoles(roles: readonly Role[]): RoleIndex {
  return new Map(roles.map((r) => [roleKey(r.kind, r.name, r.namespace), r]));
}

const resolve = (index: RoleIndex, binding: RoleBinding) => index.get(roleKey(binding.roleRef.kind, binding.roleRef.name, binding.namespace));

export function isWildcardRole(role: Role): boolean {
  return role.rules.some((rule) => rule.verbs.includes("*") && (rule.resources ?? []).includes("*"));
}

export function readsSecrets(role: Role): boolean {
  return role.rules.some(
    (rule) =>
      (rule.apiGroups ?? [""]).some((g) => g === "" || g === "*") &&
      (rule.resources ?? []).some((r) => r === "secrets" || r === "*") &&
      rule.verbs.some((v) => v === "get" || v === "list" || v === "watch" || v === "*"),
  );
}

export function checkAdminBinding(binding: RoleBinding, roles: RoleIndex): Finding[] {
  const role = resolve(roles, binding);
  const isAdmin = binding.roleRef.kind === "ClusterRole" && binding.roleRef.name === "cluster-admin";
  if (!isAdmin && !(role && isWildcardRole(role))) return [];
  const people = binding.subjects.filter((s) => !isSystemSubject(s));
  if (people.length === 0) return [];
  const what = isAdmin ? "cluster-admin" : `wildcard role ${binding.roleRef.name}`;
  return [{ checkId: "RBAC-CLUSTER-ADMIN", status: "fail", object: bindingRef(binding), detail: `grants ${what} to ${people.map(describeSubject).join(", ")}` }];
}

export function checkAnonymousBinding(binding: RoleBinding): Finding[] {
  const anonymous = binding.subjects.filter((s) => ANONYMOUS.has(s.name));
  if (anonymous.length === 0) return [];
  return [{ checkId: "RBAC-ANONYMOUS", status: "fail", object: bindingRef(binding), detail: `binds ${binding.roleRef.name} to ${anonymous.map((s) => s.name).join(", ")}` }];
}

export function checkDefaultServiceAccountBinding(binding: RoleBinding): Finding[] {
  const defaults = binding.subjects.filter((s) => s.kind === "ServiceAccount" && s.name === "default");
  if (defaults.length === 0) return [];
  return [{ checkId: "RBAC-DEFAULT-SERVICE-ACCOUNT", status: "warn", object: bindingRef(binding), detail: `binds ${binding.roleRef.name} to ${defaults.map(describeSubject).join(", ")}` }];
}

// cluster-admin is reported once, by the admin check; this catches the
// narrower roles that still read every secret.
export function checkSecretsRead(binding: RoleBinding, roles: RoleIndex): Finding[] {
  if (binding.roleRef.name === "cluster-admin") return [];
  const role = resolve(roles, binding);
  if (!role || isWildcardRole(role) || !readsSecrets(role)) return [];
  const people = binding.subjects.filter((s) => !isSystemSubject(s));
  if (people.length === 0) return [];
  const scope = binding.kind === "ClusterRoleBinding" ? "in every namespace" : `in namespace ${binding.namespace}`;
  return [{ checkId: "RBAC-SECRETS-READ", status: "warn", object: bindingRef(binding), detail: `lets ${people.map(describeSubject).join(", ")} read secrets ${scope} (role ${role.name})` }];
}

/** Service accounts (namespace/name) that hold any binding: their pods use the API. */
export function boundServiceAccounts(bindings: readonly RoleBinding[]): Set<string> {
  return new Set(bindings.flatMap((b) => b.subjects.filter((s) => s.kind === "ServiceAccount").map((s) => `${s.namespace ?? b.namespace}/${s.name}`)));
}
