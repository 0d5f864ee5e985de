import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { PERMISSION_NEEDS } from "@/lib/kubernetes/test-connection";
import { FORBIDDEN_RIGHTS } from "@/lib/rules/readiness/check-cordon-access";
import { ACCESS_REVIEW_RIGHTS, POSTURE_READS } from "@/lib/rules/readiness/posture-reads";
import { CORDON_ROLE_RULES } from "@/sandbox/cordon-role";
import { rbacAllows, serviceAccountIdentity } from "@/sandbox/rbac";
import { SANDBOX_USER } from "@/sandbox/state";
import type { KubeObject } from "@/sandbox/types";

interface Rule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames?: string[];
}

const file = fileURLToPath(new URL("../../deploy/cordon-rbac.yaml", import.meta.url));
const documents = parseAllDocuments(readFileSync(file, "utf8")).map((doc) => doc.toJS() as Record<string, unknown>);
const byKind = (kind: string) => documents.filter((doc) => doc.kind === kind);
const rules = ((byKind("ClusterRole")[0] as { rules: Rule[] }).rules ?? []) as Rule[];

/** Every (group, resource, verb) the role grants. */
const grants = new Set(rules.flatMap((rule) => rule.apiGroups.flatMap((group) => rule.resources.flatMap((resource) => rule.verbs.map((verb) => `${group}|${resource}|${verb}`)))));

describe("deploy/cordon-rbac.yaml", () => {
  it("parses as a Namespace, ServiceAccount, ClusterRole and ClusterRoleBinding", () => {
    expect(documents.map((doc) => doc.kind)).toEqual(["Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding"]);
    expect(byKind("ServiceAccount")[0]).toMatchObject({ apiVersion: "v1", metadata: { name: "cordon", namespace: "cordon" } });
    expect(byKind("ClusterRoleBinding")[0]).toMatchObject({
      apiVersion: "rbac.authorization.k8s.io/v1",
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cordon" },
      subjects: [{ kind: "ServiceAccount", name: "cordon", namespace: "cordon" }],
    });
  });

  it("grants exactly the least-privilege set", () => {
    expect([...grants].sort()).toEqual(
      [
        "|nodes|get",
        "|nodes|list",
        "|nodes|patch",
        "|pods|get",
        "|pods|list",
        "|pods|patch",
        "|pods/log|get",
        "|pods/eviction|create",
        "|events|get",
        "|events|list",
        "|events|create",
        "networking.k8s.io|networkpolicies|get",
        "networking.k8s.io|networkpolicies|list",
        "networking.k8s.io|networkpolicies|create",
        "networking.k8s.io|networkpolicies|delete",
        "|nodes/proxy|get",
        "|nodes/proxy|create",
        "snapshot.storage.k8s.io|volumesnapshots|get",
        "snapshot.storage.k8s.io|volumesnapshots|create",
        // Read-only additions documented in the manifest.
        "snapshot.storage.k8s.io|volumesnapshotclasses|get",
        "snapshot.storage.k8s.io|volumesnapshotclasses|list",
        "apps|replicasets|get",
        "apps|deployments|get",
        "apps|statefulsets|get",
        "batch|jobs|get",
        "batch|cronjobs|get",
        "|replicationcontrollers|get",
        // The readiness posture scan's reads and Cordon's access reviews.
        "|namespaces|get",
        "|namespaces|list",
        "|serviceaccounts|get",
        "|serviceaccounts|list",
        "apps|daemonsets|get",
        "apps|daemonsets|list",
        ...["roles", "clusterroles", "rolebindings", "clusterrolebindings"].flatMap((r) => [`rbac.authorization.k8s.io|${r}|get`, `rbac.authorization.k8s.io|${r}|list`]),
        "authorization.k8s.io|selfsubjectaccessreviews|create",
        "authorization.k8s.io|selfsubjectrulesreviews|create",
      ].sort(),
    );
  });

  it("never grants delete on pods or nodes, nor wildcards, exec, escalation or workload writes", () => {
    for (const rule of rules) {
      expect(rule.verbs).not.toContain("*");
      expect(rule.resources).not.toContain("*");
      expect(rule.apiGroups).not.toContain("*");
      for (const verb of ["escalate", "bind", "impersonate", "deletecollection"]) expect(rule.verbs).not.toContain(verb);
    }
    for (const resource of ["pods", "nodes"]) expect(grants.has(`|${resource}|delete`)).toBe(false);
    for (const resource of ["pods/exec", "pods/attach", "pods/portforward"]) expect([...grants].some((g) => g.startsWith(`|${resource}|`))).toBe(false);
    expect([...grants].filter((g) => g.startsWith("apps|") || g.startsWith("batch|")).every((g) => g.endsWith("|get") || g.endsWith("|list"))).toBe(true);
  });

  // Judged with the sandbox's RBAC evaluation, the way an API server would.
  const role = { clusterRoles: [{ apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "cordon" }, rules }], roles: [], bindings: [], clusterBindings: byKind("ClusterRoleBinding") as KubeObject[] };
  const cordon = serviceAccountIdentity(SANDBOX_USER);

  it("lets the posture scan list everything its checks read, and every action's access be reviewed", () => {
    const missing = [...POSTURE_READS, ...ACCESS_REVIEW_RIGHTS, ...PERMISSION_NEEDS].filter((read) => !rbacAllows(role, cordon, read));
    expect(missing).toEqual([]);
  });

  it("holds none of the rights the readiness check flags as able to destroy evidence", () => {
    const held = FORBIDDEN_RIGHTS.filter((right) => rbacAllows(role, cordon, right));
    expect(held).toEqual([]);
  });

  it("is the role the sandbox seeds, so its access reviews answer what the manual sets up", () => {
    expect(rules).toEqual(CORDON_ROLE_RULES);
  });

  it("documents nodes/proxy as a broad permission", () => {
    expect(readFileSync(file, "utf8")).toMatch(/BROAD PERMISSION: nodes\/proxy/);
  });
});
