import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkServerVersion, MIN_SUPPORTED_MINOR } from "./check-server-version";
import { ClusterError } from "./cluster-failure";
import { connectWithKubeconfig } from "./kube-connection";
import { listNodes, listPodsOnNode, searchPods } from "./read-inventory";
import { buildKubeconfig, SEED, startSandboxCluster } from "@/sandbox";
import { PERMISSION_NEEDS, testConnection } from "./test-connection";
import { startHarness, type Harness } from "./test-harness";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.cluster.stop();
});

describe("inventory", () => {
  it("lists nodes with readiness, version, quarantine state and pod counts", async () => {
    h.cluster.state.put({ ...h.cluster.state.get("nodes", undefined, "worker-3")!, metadata: { ...h.cluster.state.get("nodes", undefined, "worker-3")!.metadata, labels: { "cordon.dev/quarantine": "inc-1" } } });
    const nodes = await listNodes(h.connection);
    expect(nodes.map((n) => n.name)).toEqual(SEED.nodes);
    expect(nodes.find((n) => n.name === "worker-2")).toEqual({ name: "worker-2", ready: true, kubeletVersion: "v1.31.4", unschedulable: false, taints: [], roles: ["worker"], podCount: 6 });
    expect(nodes.find((n) => n.name === "control-plane-1")).toMatchObject({ roles: ["control-plane"], taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] });
    expect(nodes.find((n) => n.name === "worker-3")?.quarantinedBy).toBe("inc-1");
  });

  it("lists the pods on a node and searches pods", async () => {
    const pods = await listPodsOnNode(h.connection, "worker-2");
    expect(pods.map((p) => `${p.namespace}/${p.name}`).sort()).toEqual(
      ["default/netshoot", "default/web-5c8d7-q8r2n", "kube-system/fluent-bit-w2hrx", "kube-system/kube-proxy-d8h4t", "payments/checkout-7d9f8-xk2lp", "payments/ledger-6b4f9-t7wzp"].sort(),
    );
    const [suspect] = await searchPods(h.connection, { namespace: "payments", nameContains: "XK2LP" });
    expect(suspect).toMatchObject({
      namespace: "payments",
      name: SEED.suspect.pod,
      node: "worker-2",
      phase: "Running",
      ownerKind: "ReplicaSet",
      ownerName: SEED.suspect.replicaSet,
      containers: ["checkout", "metrics-agent"],
      images: ["registry.example.com/payments/checkout:2.14.1", "docker.io/kdevtools/metrics-agent:latest"],
      restarts: 1,
    });
    expect((await searchPods(h.connection, { labelSelector: "app=web" })).map((p) => p.name)).toHaveLength(3);
    expect(await searchPods(h.connection, { limit: 2 })).toHaveLength(2);
  });

  it("fails with a clear cause when the cluster is unreachable", async () => {
    const gone = await startSandboxCluster();
    await gone.stop();
    const error = await listNodes(connectWithKubeconfig(gone.kubeconfig)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterError);
    expect((error as ClusterError).failure.cause).toBe("unreachable");
    expect((error as Error).message).toMatch(/^cluster unreachable: /);
  });
});

describe("testConnection", () => {
  it("reports the version and every permission as allowed on the sandbox", async () => {
    const report = await testConnection(h.connection);
    expect(report).toMatchObject({ reachable: true, ready: true, version: { gitVersion: "v1.31.4", supported: true } });
    expect(report.permissions).toHaveLength(PERMISSION_NEEDS.length);
    expect(report.permissions.every((p) => p.allowed)).toBe(true);
    const reviews = h.cluster.requests.filter((r) => r.path === "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    expect(reviews).toHaveLength(PERMISSION_NEEDS.length);
    expect(reviews.map((r) => r.body)).toContainEqual({
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview",
      spec: { resourceAttributes: { verb: "create", group: "", resource: "pods", subresource: "eviction" } },
    });
  });

  it("shows which actions will not work and why", async () => {
    h.cluster.state.deny({ resource: "nodes", subresource: "proxy" });
    h.cluster.state.deny({ verb: "create", resource: "volumesnapshots" });
    const report = await testConnection(h.connection);
    expect(report.ready).toBe(false);
    expect(report.permissions.filter((p) => !p.allowed).map((p) => [p.action, p.missingPermission])).toEqual([
      ["collect node logs", "get nodes/proxy"],
      ["checkpoint a container", "create nodes/proxy"],
      ["snapshot a volume", "create volumesnapshots in API group snapshot.storage.k8s.io"],
    ]);
  });

  it("reports rejected credentials and an unreachable server", async () => {
    const rejected = await testConnection(connectWithKubeconfig(buildKubeconfig(h.cluster.url, "wrong")));
    expect(rejected).toMatchObject({ reachable: true, ready: false, failure: { cause: "unauthorized" } });
    const gone = await startSandboxCluster();
    await gone.stop();
    const unreachable = await testConnection(connectWithKubeconfig(gone.kubeconfig));
    expect(unreachable).toMatchObject({ reachable: false, ready: false, permissions: [], failure: { cause: "unreachable" } });
  });
});

describe("checkServerVersion", () => {
  it(`supports 1.${MIN_SUPPORTED_MINOR} and later, including managed "+" minors`, () => {
    expect(checkServerVersion({ major: "1", minor: "31", gitVersion: "v1.31.4" }).supported).toBe(true);
    expect(checkServerVersion({ major: "1", minor: "30+", gitVersion: "v1.30.5-eks-1" }).supported).toBe(true);
    const old = checkServerVersion({ major: "1", minor: "29", gitVersion: "v1.29.10" });
    expect(old).toMatchObject({ supported: false, minor: 29 });
    expect(old.message).toMatch(/^Kubernetes v1.29.10 is past end of support \(Cordon supports 1.30 and later\)/);
    expect(checkServerVersion({ major: "", minor: "", gitVersion: "?" })).toMatchObject({ supported: false, message: 'could not read the server version ("?")' });
  });
});
