// Registering clusters: the connection test decides, the kubeconfig is kept
// sealed and never returned, and a cluster Cordon cannot use is refused with
// the reason. Plus the live inventory with its short cache.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKubeconfig, startSandboxCluster, type SandboxCluster } from "@/sandbox";
import { db } from "@/lib/db";
import { openSecret } from "@/lib/secrets/secret-box";
import { expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { ensureSandboxCluster } from "./ensure-sandbox-cluster";
import { getCluster } from "./get-cluster";
import { forgetClusterInventory } from "./inventory-cache";
import { listClusters } from "./list-clusters";
import { listClusterNodes, searchClusterPods } from "./read-cluster-inventory";
import { registerCluster } from "./register-cluster";
import { testClusterAgain } from "./test-cluster-again";
import { updateClusterCredentials } from "./update-cluster-credentials";

let sandbox: SandboxCluster;
let stopped: SandboxCluster;
let admin: Awaited<ReturnType<typeof makeUser>>;
const name = () => `c-${uniqueWord("n").slice(0, 12)}`;
const register = (input: Record<string, unknown>) => registerCluster(admin, actorFor(admin), { name: name(), ...input });

beforeAll(async () => {
  sandbox = await startSandboxCluster();
  // An API server that is gone: its kubeconfig points nowhere.
  stopped = await startSandboxCluster();
  await stopped.stop();
  admin = await makeUser("ADMIN");
});

afterAll(async () => {
  await sandbox.stop();
  await db.$disconnect();
});

describe("registering a cluster", () => {
  it("stores the kubeconfig sealed, the check result, and never returns the kubeconfig", async () => {
    const cluster = await register({ kubeconfig: sandbox.kubeconfig });
    expect(cluster).toMatchObject({ credentialKind: "kubeconfig", serverUrl: sandbox.url, serverVersion: "v1.31.4", isSandbox: false });
    expect(cluster.lastCheck).toMatchObject({ reachable: true, ready: true, version: { supported: true, message: "Kubernetes v1.31.4 is supported" } });
    expect(cluster.lastCheck?.actions.filter((a) => !a.allowed)).toEqual([
      { action: "snapshot_node_disk", label: "Snapshot node disk", allowed: false, missing: ["a cloud disk-snapshot provider (none is configured)"] },
    ]);

    const row = await db.cluster.findUniqueOrThrow({ where: { id: cluster.id }, omit: { kubeconfigEncrypted: false } });
    expect(row.kubeconfigEncrypted).toMatch(/^v1:/);
    expect(row.kubeconfigEncrypted).not.toContain(sandbox.token);
    expect(openSecret(row.kubeconfigEncrypted ?? "")).toBe(sandbox.kubeconfig);

    for (const view of [cluster, await getCluster(cluster.id), await listClusters()]) {
      const text = JSON.stringify(view);
      expect(text).not.toContain(sandbox.token);
      expect(text).not.toMatch(/"kubeconfig(Encrypted)?":|current-context/);
    }
    expect(await db.auditEntry.count({ where: { targetType: "cluster", targetId: cluster.id, action: "cluster.registered" } })).toBe(1);
  });

  it("shows which actions will not work and the permission each one misses", async () => {
    sandbox.state.deny({ verb: "create", resource: "pods", subresource: "eviction" });
    try {
      const cluster = await register({ kubeconfig: sandbox.kubeconfig });
      expect(cluster.lastCheck).toMatchObject({ reachable: true, ready: false });
      const quarantine = cluster.lastCheck?.actions.find((a) => a.action === "quarantine_node");
      expect(quarantine).toMatchObject({ allowed: false, missing: ["create pods/eviction"] });
      expect(cluster.lastCheck?.actions.find((a) => a.action === "collect_pod_logs")?.allowed).toBe(true);
    } finally {
      sandbox.state.resetPermissions();
    }
  });

  it("refuses a cluster it cannot reach, expired credentials and a kubeconfig that is not YAML, storing nothing", async () => {
    const before = await db.cluster.count();
    await expectAppError(register({ kubeconfig: stopped.kubeconfig }), "BAD_REQUEST", /^Cluster not registered: cluster unreachable: http:\/\/127\.0\.0\.1:\d+ refused the connection \(ECONNREFUSED\)/);
    await expectAppError(register({ kubeconfig: buildKubeconfig(sandbox.url, "expired-token") }), "BAD_REQUEST", /rejected Cordon's credentials \(401 Unauthorized\)/);
    await expectAppError(register({ kubeconfig: "clusters: [unclosed" }), "BAD_REQUEST", /^Cordon cannot use this kubeconfig: the kubeconfig is not YAML/);
    await expectAppError(register({ kubeconfig: "apiVersion: v1\nkind: Config\n" }), "BAD_REQUEST", /has no current context/);
    await expectAppError(register({ inCluster: true }), "BAD_REQUEST", /not running inside a Kubernetes pod/);
    await expectAppError(register({ kubeconfig: sandbox.kubeconfig, name: "sandbox" }), "BAD_REQUEST", /reserved for the built-in sandbox/);
    expect(await db.cluster.count()).toBe(before);
  });

  it("tests again on request and takes new credentials only when they work", async () => {
    const own = await startSandboxCluster();
    const cluster = await register({ kubeconfig: own.kubeconfig });
    await own.stop();
    const retested = await testClusterAgain(actorFor(admin), cluster.id);
    expect(retested.lastCheck).toMatchObject({ reachable: false, ready: false, error: expect.stringContaining("ECONNREFUSED") });

    await expectAppError(updateClusterCredentials(actorFor(admin), cluster.id, { kubeconfig: stopped.kubeconfig }), "BAD_REQUEST", /^Kubeconfig not changed: cluster unreachable/);
    const updated = await updateClusterCredentials(actorFor(admin), cluster.id, { kubeconfig: sandbox.kubeconfig });
    expect(updated).toMatchObject({ serverUrl: sandbox.url, lastCheck: { reachable: true } });
    const actions = await db.auditEntry.findMany({ where: { targetType: "cluster", targetId: cluster.id }, orderBy: { seq: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["cluster.registered", "cluster.tested", "cluster.credentials_updated"]);
  });

  it("registers the sandbox once and points it at the new port on every start", async () => {
    const sandboxName = `sandbox-${uniqueWord("s").slice(0, 10)}`;
    const first = await ensureSandboxCluster(sandbox.kubeconfig, { name: sandboxName });
    const again = await startSandboxCluster();
    try {
      const second = await ensureSandboxCluster(again.kubeconfig, { name: sandboxName });
      expect(second).toMatchObject({ id: first.id, isSandbox: true, serverUrl: again.url });
      const row = await db.cluster.findUniqueOrThrow({ where: { id: first.id }, omit: { kubeconfigEncrypted: false } });
      expect(openSecret(row.kubeconfigEncrypted ?? "")).toBe(again.kubeconfig);
    } finally {
      await again.stop();
    }
  });
});

describe("inventory", () => {
  it("lists nodes and searches pods live, cached for a few seconds", async () => {
    const cluster = await register({ kubeconfig: sandbox.kubeconfig });
    sandbox.clearRequests();
    const nodes = await listClusterNodes(cluster.id);
    if (nodes.state !== "ok") throw new Error(nodes.message);
    expect(nodes.items.map((n) => n.name)).toEqual(["control-plane-1", "worker-1", "worker-2", "worker-3"]);
    expect(nodes.items.find((n) => n.name === "worker-2")).toMatchObject({ ready: true, unschedulable: false, taints: [], podCount: expect.any(Number) });
    const reads = sandbox.requests.length;
    await listClusterNodes(cluster.id);
    expect(sandbox.requests).toHaveLength(reads);

    const pods = await searchClusterPods(cluster.id, { node: "worker-2", q: "kdevtools" });
    if (pods.state !== "ok") throw new Error(pods.message);
    expect(pods.items.map((p) => `${p.namespace}/${p.name}`)).toContain("payments/checkout-7d9f8-xk2lp");
    expect(pods.items.every((p) => p.node === "worker-2")).toBe(true);
    expect(pods.items[0]).toMatchObject({ ownerKind: "ReplicaSet", images: expect.arrayContaining(["docker.io/kdevtools/metrics-agent:latest"]) });
  });

  it("answers with a clear state when the cluster is unreachable or forbids the read", async () => {
    const own = await startSandboxCluster();
    const cluster = await register({ kubeconfig: own.kubeconfig });
    own.state.deny({ verb: "list", resource: "pods" });
    const forbidden = await searchClusterPods(cluster.id, {});
    expect(forbidden).toMatchObject({ state: "forbidden", missingPermission: "list pods" });
    await own.stop();
    forgetClusterInventory(cluster.id);
    const gone = await listClusterNodes(cluster.id);
    expect(gone).toMatchObject({ state: "unreachable", message: expect.stringContaining("cluster unreachable") });
  });
});
