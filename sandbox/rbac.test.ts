import { describe, expect, it } from "vitest";
import { rbacAllows, ruleAllows, rulesFor, serviceAccountIdentity, type RbacObjects, type RbacRule } from "./rbac";
import type { KubeObject } from "./types";

const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}) });
const role = (kind: "Role" | "ClusterRole", name: string, rules: RbacRule[], namespace?: string): KubeObject => ({ apiVersion: "rbac.authorization.k8s.io/v1", kind, metadata: meta(name, namespace), rules });
const binding = (kind: "RoleBinding" | "ClusterRoleBinding", name: string, roleRef: { kind: string; name: string }, subjects: unknown[], namespace?: string): KubeObject => ({
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind,
  metadata: meta(name, namespace),
  roleRef,
  subjects,
});

const cordon = serviceAccountIdentity("system:serviceaccount:cordon:cordon");
const sa = { kind: "ServiceAccount", name: "cordon", namespace: "cordon" };

describe("one RBAC rule", () => {
  it.each<{ name: string; rule: RbacRule; request: Parameters<typeof ruleAllows>[1]; allowed: boolean }>([
    { name: "exact match", rule: { apiGroups: [""], resources: ["pods"], verbs: ["list"] }, request: { verb: "list", group: "", resource: "pods" }, allowed: true },
    { name: "other verb", rule: { apiGroups: [""], resources: ["pods"], verbs: ["list"] }, request: { verb: "delete", group: "", resource: "pods" }, allowed: false },
    { name: "other group", rule: { apiGroups: ["apps"], resources: ["pods"], verbs: ["list"] }, request: { verb: "list", group: "", resource: "pods" }, allowed: false },
    { name: "wildcards", rule: { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }, request: { verb: "delete", group: "", resource: "nodes" }, allowed: true },
    { name: "a resource does not grant its subresource", rule: { apiGroups: [""], resources: ["nodes"], verbs: ["get"] }, request: { verb: "get", group: "", resource: "nodes", subresource: "proxy" }, allowed: false },
    { name: "the subresource itself", rule: { apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }, request: { verb: "get", group: "", resource: "nodes", subresource: "proxy" }, allowed: true },
    { name: "resource/* covers subresources", rule: { apiGroups: [""], resources: ["pods/*"], verbs: ["get"] }, request: { verb: "get", group: "", resource: "pods", subresource: "log" }, allowed: true },
    { name: "resourceNames with the name", rule: { apiGroups: [""], resources: ["pods"], verbs: ["get"], resourceNames: ["a"] }, request: { verb: "get", group: "", resource: "pods", name: "a" }, allowed: true },
    { name: "resourceNames without a name", rule: { apiGroups: [""], resources: ["pods"], verbs: ["list"], resourceNames: ["a"] }, request: { verb: "list", group: "", resource: "pods" }, allowed: false },
  ])("$name → $allowed", ({ rule, request, allowed }) => {
    expect(ruleAllows(rule, request)).toBe(allowed);
  });
});

describe("rules bound to an identity", () => {
  const objects: RbacObjects = {
    clusterRoles: [role("ClusterRole", "reader", [{ apiGroups: [""], resources: ["pods"], verbs: ["list"] }]), role("ClusterRole", "admin", [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }])],
    roles: [role("Role", "patcher", [{ apiGroups: [""], resources: ["pods"], verbs: ["patch"] }], "payments")],
    clusterBindings: [
      binding("ClusterRoleBinding", "cordon-reader", { kind: "ClusterRole", name: "reader" }, [sa]),
      binding("ClusterRoleBinding", "someone-admin", { kind: "ClusterRole", name: "admin" }, [{ kind: "ServiceAccount", name: "default", namespace: "build" }]),
    ],
    bindings: [
      binding("RoleBinding", "cordon-patch", { kind: "Role", name: "patcher" }, [{ kind: "User", name: "system:serviceaccount:cordon:cordon" }], "payments"),
      binding("RoleBinding", "all-sa-admin", { kind: "ClusterRole", name: "admin" }, [{ kind: "Group", name: "system:serviceaccounts:cordon" }], "sandbox-only"),
    ],
  };

  it.each<{ name: string; request: Parameters<typeof rbacAllows>[2]; allowed: boolean }>([
    { name: "a ClusterRoleBinding to its service account", request: { verb: "list", group: "", resource: "pods" }, allowed: true },
    { name: "another account's cluster-admin is not its own", request: { verb: "delete", group: "", resource: "pods" }, allowed: false },
    { name: "a RoleBinding (by user name) in its namespace", request: { verb: "patch", group: "", resource: "pods", namespace: "payments" }, allowed: true },
    { name: "…not in another namespace", request: { verb: "patch", group: "", resource: "pods", namespace: "web" }, allowed: false },
    { name: "…nor cluster-wide", request: { verb: "patch", group: "", resource: "pods" }, allowed: false },
    { name: "a RoleBinding of a ClusterRole to its group", request: { verb: "delete", group: "", resource: "pods", namespace: "sandbox-only" }, allowed: true },
  ])("$name → $allowed", ({ request, allowed }) => {
    expect(rbacAllows(objects, cordon, request)).toBe(allowed);
  });

  it("lists the rules in force in a namespace", () => {
    expect(rulesFor(objects, cordon, "payments")).toEqual([
      { apiGroups: [""], resources: ["pods"], verbs: ["list"] },
      { apiGroups: [""], resources: ["pods"], verbs: ["patch"] },
    ]);
  });
});
