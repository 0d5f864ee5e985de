import { describe, expect, it } from "vitest";
import { checkAuditAttestation } from "./check-audit-attestation";
import { checkCordonExcessRights, checkCordonMissingRights } from "./check-cordon-access";
import { checkLogShipper, isLogAgentImage } from "./check-log-shipper";
import { checkNetworkPolicy, checkPodSecurityLabel } from "./check-namespaces";
import { checkAdminBinding, checkAnonymousBinding, checkDefaultServiceAccountBinding, checkSecretsRead, indexRoles } from "./check-rbac";
import { checkControlPlaneVersion, checkKubeletVersion } from "./check-versions";
import { upstreamSupport, parseKubernetesVersion } from "./kubernetes-support";
import type { Role, RoleBinding, Subject } from "./types";

const roles = indexRoles([
  { kind: "ClusterRole", name: "cluster-admin", rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }] },
  { kind: "ClusterRole", name: "everything", rules: [{ apiGroups: ["apps"], resources: ["*"], verbs: ["*"] }] },
  { kind: "ClusterRole", name: "secret-reader", rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }] },
  { kind: "ClusterRole", name: "view", rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }] },
  { kind: "Role", namespace: "shop", name: "local-secrets", rules: [{ resources: ["secrets"], verbs: ["watch"] }] },
] satisfies Role[]);

const binding = (roleName: string, subjects: Subject[], namespace?: string): RoleBinding => ({
  kind: namespace ? "RoleBinding" : "ClusterRoleBinding",
  ...(namespace ? { namespace } : {}),
  name: `b-${roleName}`,
  roleRef: { kind: roleName === "local-secrets" ? "Role" : "ClusterRole", name: roleName },
  subjects,
});
const sa = (namespace: string, name: string): Subject => ({ kind: "ServiceAccount", namespace, name });

describe("RBAC", () => {
  it.each([
    { name: "cluster-admin to system:masters passes", b: binding("cluster-admin", [{ kind: "Group", name: "system:masters" }]), admin: 0 },
    { name: "cluster-admin to a kube-system controller passes", b: binding("cluster-admin", [sa("kube-system", "clusterrole-aggregation-controller")]), admin: 0 },
    { name: "cluster-admin to a person fails", b: binding("cluster-admin", [{ kind: "User", name: "alice@example.com" }]), admin: 1 },
    { name: "cluster-admin to kube-system's default account fails", b: binding("cluster-admin", [sa("kube-system", "default")]), admin: 1 },
    { name: "a wildcard role to an app fails", b: binding("everything", [sa("shop", "deployer")]), admin: 1 },
    { name: "a read-only role passes", b: binding("view", [sa("shop", "deployer")]), admin: 0 },
  ])("$name", ({ b, admin }) => {
    expect(checkAdminBinding(b, roles)).toHaveLength(admin);
  });

  it("flags any binding to anonymous or unauthenticated users, even system groups' roles", () => {
    expect(checkAnonymousBinding(binding("view", [{ kind: "User", name: "system:anonymous" }]))[0]?.detail).toMatch(/system:anonymous/);
    expect(checkAnonymousBinding(binding("view", [{ kind: "Group", name: "system:unauthenticated" }]))).toHaveLength(1);
    expect(checkAnonymousBinding(binding("view", [{ kind: "Group", name: "system:authenticated" }]))).toEqual([]);
    expect(checkAdminBinding(binding("cluster-admin", [{ kind: "Group", name: "system:unauthenticated" }]), roles)).toHaveLength(1);
  });

  it("flags default service accounts with bindings", () => {
    expect(checkDefaultServiceAccountBinding(binding("view", [sa("shop", "default")], "shop"))[0]?.status).toBe("warn");
    expect(checkDefaultServiceAccountBinding(binding("view", [sa("shop", "app")], "shop"))).toEqual([]);
  });

  it.each([
    { name: "a cluster-wide secret reader warns, saying every namespace", b: binding("secret-reader", [sa("shop", "app")]), detail: /every namespace/ },
    { name: "a namespaced watch on secrets warns, naming the namespace", b: binding("local-secrets", [sa("shop", "app")], "shop"), detail: /namespace shop/ },
    { name: "cluster-admin is left to the admin check", b: binding("cluster-admin", [sa("shop", "app")]), detail: undefined },
    { name: "a role without secrets passes", b: binding("view", [sa("shop", "app")]), detail: undefined },
    { name: "a role that is not in the cluster passes (nothing to read)", b: binding("missing", [sa("shop", "app")]), detail: undefined },
  ])("$name", ({ b, detail }) => {
    const findings = checkSecretsRead(b, roles);
    if (!detail) return expect(findings).toEqual([]);
    expect(findings[0]?.detail).toMatch(detail);
  });
});

describe("namespaces", () => {
  it.each<{ labels: Record<string, string>; status: string | undefined }>([
    { labels: { "pod-security.kubernetes.io/enforce": "restricted" }, status: undefined },
    { labels: { "pod-security.kubernetes.io/enforce": "baseline" }, status: undefined },
    { labels: { "pod-security.kubernetes.io/enforce": "privileged" }, status: "warn" },
    { labels: { "pod-security.kubernetes.io/warn": "restricted" }, status: "fail" },
    { labels: {}, status: "fail" },
  ])("Pod Security labels $labels → $status", ({ labels, status }) => {
    expect(checkPodSecurityLabel({ name: "shop", labels })[0]?.status).toBe(status);
  });

  it("asks for a NetworkPolicy only where workloads run, and says isolation depends on it", () => {
    expect(checkNetworkPolicy({ name: "empty", labels: {} }, 0, 0)).toEqual([]);
    expect(checkNetworkPolicy({ name: "shop", labels: {} }, 3, 1)).toEqual([]);
    const [finding] = checkNetworkPolicy({ name: "shop", labels: {} }, 3, 0);
    expect(finding?.detail).toMatch(/3 pods and no NetworkPolicy/);
    expect(finding?.detail).toMatch(/isolate/);
  });
});

describe("versions, judged against the dated support table", () => {
  it.each([
    { version: "v1.31.4", today: "2025-10-28", supported: true },
    { version: "v1.31.4", today: "2025-10-29", supported: false },
    { version: "v1.29.10-gke.100", today: "2025-06-01", supported: false },
    { version: "v1.40.0", today: "2026-12-05", supported: true },
    { version: "v1.20.0", today: "2026-12-05", supported: false },
  ])("$version on $today: supported=$supported", ({ version, today, supported }) => {
    expect(upstreamSupport(parseKubernetesVersion(version)!, today).supported).toBe(supported);
  });

  it("fails an unsupported control plane with its end-of-life date, and cannot judge an unreadable version", () => {
    expect(checkControlPlaneVersion("prod", "v1.31.4", "2025-06-01")).toEqual([]);
    expect(checkControlPlaneVersion("prod", "v1.31.4", "2026-12-05")[0]?.detail).toMatch(/2025-10-28/);
    expect(checkControlPlaneVersion("prod", "nightly", "2026-12-05")[0]?.status).toBe("unknown");
  });

  it.each([
    { kubelet: "v1.31.4", today: "2025-06-01", status: undefined },
    { kubelet: "v1.30.2", today: "2025-06-01", status: "warn", detail: /1 minor version behind/ },
    { kubelet: "v1.29.9", today: "2025-06-01", status: "fail", detail: /left upstream support on 2025-02-28.*2 minor versions behind/ },
    { kubelet: "v1.27.1", today: "2024-01-01", status: "fail", detail: /4 minor versions behind/ },
    { kubelet: "garbage", today: "2025-06-01", status: "unknown" },
  ])("kubelet $kubelet under v1.31.4 on $today → $status", ({ kubelet, today, status, detail }) => {
    const findings = checkKubeletVersion({ name: "n1", kubeletVersion: kubelet }, "v1.31.4", today);
    expect(findings[0]?.status).toBe(status);
    if (detail) expect(findings[0]?.detail).toMatch(detail);
  });
});

describe("logs ready", () => {
  it.each([
    ["cr.fluentbit.io/fluent/fluent-bit:3.1.9", true],
    ["docker.io/falcosecurity/falco:0.39.1", true],
    ["timberio/vector:0.41.1-distroless-libc", true],
    ["otel/opentelemetry-collector-contrib:0.111.0", true],
    ["registry.k8s.io/kube-proxy:v1.31.4", false],
  ])("%s is a log agent: %s", (image, expected) => {
    expect(isLogAgentImage(image)).toBe(expected);
  });

  it("passes only when an agent is ready on every node", () => {
    const ds = (ready: number, image = "fluent/fluent-bit:3") => ({ namespace: "logging", name: "fb", images: [image], desired: ready, ready });
    expect(checkLogShipper("c", [ds(4)], 4)).toEqual([]);
    expect(checkLogShipper("c", [ds(3)], 4)[0]).toMatchObject({ status: "warn", detail: "ready on 3 of 4 nodes" });
    expect(checkLogShipper("c", [ds(4, "nginx:1")], 4)[0]?.status).toBe("fail");
  });

  it("asks for the audit-logging attestation again after 90 days", () => {
    const now = new Date("2026-12-05T12:00:00Z");
    expect(checkAuditAttestation("c", undefined, now)[0]?.status).toBe("fail");
    expect(checkAuditAttestation("c", { attestedAt: new Date("2026-09-06T12:00:00Z"), attestedBy: "Ada" }, now)).toEqual([]);
    expect(checkAuditAttestation("c", { attestedAt: new Date("2026-09-05T11:00:00Z"), attestedBy: "Ada" }, now)[0]?.detail).toMatch(/Ada 91 days ago/);
  });
});

describe("Cordon's own access", () => {
  it("names the missing permission per action", () => {
    const findings = checkCordonMissingRights("c", [
      { action: "collect pod logs", permission: "get pods/log", allowed: false },
      { action: "list pods", permission: "list pods", allowed: true },
    ]);
    expect(findings[0]?.detail).toBe("collect pod logs: needs get pods/log");
    expect(checkCordonMissingRights("c", [{ action: "list pods", permission: "list pods", allowed: "unknown" }])[0]?.status).toBe("unknown");
  });

  it("flags rights that could destroy evidence", () => {
    expect(checkCordonExcessRights("c", [{ label: "delete pods", allowed: true }, { label: "delete nodes", allowed: false }])[0]?.detail).toMatch(/may delete pods: it could destroy evidence/);
    expect(checkCordonExcessRights("c", [{ label: "delete pods", allowed: false }])).toEqual([]);
  });
});
