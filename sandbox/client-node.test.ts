// The sandbox through the client Cordon uses: @kubernetes/client-node 2.x.
import {
  ApiException,
  AppsV1Api,
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  NetworkingV1Api,
  PatchStrategy,
  PolicyV1Api,
  setHeaderOptions,
  VersionApi,
} from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED } from "./seed";
import { startSandboxCluster, type SandboxCluster } from "./server";

let cluster: SandboxCluster;
let kc: KubeConfig;

beforeEach(async () => {
  cluster = await startSandboxCluster();
  kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
});

afterEach(async () => {
  await cluster.stop();
});

const mergePatch = () => setHeaderOptions("Content-Type", PatchStrategy.MergePatch);
const { suspect } = SEED;

/** The ApiException a call fails with, its body parsed when JSON. */
async function failure(call: Promise<unknown>): Promise<{ code: number; body: Record<string, unknown> | string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    const raw = (error as ApiException<unknown>).body;
    let body: Record<string, unknown> | string = typeof raw === "string" ? raw : "";
    try {
      body = JSON.parse(String(raw)) as Record<string, unknown>;
    } catch {
      // plain-text bodies stay strings
    }
    return { code: error.code, body };
  }
  throw new Error("expected the call to fail");
}

describe("sandbox cluster through client-node", () => {
  it("serves /version and the seeded nodes", async () => {
    const version = await kc.makeApiClient(VersionApi).getCode();
    expect(version.gitVersion).toBe("v1.31.4");
    const nodes = await kc.makeApiClient(CoreV1Api).listNode();
    expect(nodes.items.map((n) => n.metadata?.name)).toEqual(SEED.nodes);
    expect(nodes.items[2]?.status?.nodeInfo?.kubeletVersion).toBe("v1.31.4");
    expect(nodes.items[2]?.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("True");
  });

  it("cordons a node with a merge patch", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const before = await core.readNode({ name: "worker-2" });
    const node = await core.patchNode({ name: "worker-2", body: { spec: { unschedulable: true } } }, mergePatch());
    expect(node.spec?.unschedulable).toBe(true);
    expect(Number(node.metadata?.resourceVersion)).toBeGreaterThan(Number(before.metadata?.resourceVersion));
    const request = cluster.requests.at(-1);
    expect(request).toMatchObject({ method: "PATCH", path: "/api/v1/nodes/worker-2", contentType: "application/merge-patch+json", status: 200 });
    expect(request?.body).toEqual({ spec: { unschedulable: true } });
    expect((cluster.state.get("nodes", undefined, "worker-2")?.spec as { unschedulable?: boolean }).unschedulable).toBe(true);
  });

  it("applies a json patch, which client-node sends by default", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const pod = await core.patchNamespacedPod({
      name: suspect.pod,
      namespace: suspect.namespace,
      body: [{ op: "add", path: "/metadata/labels/cordon.dev~1quarantine", value: "inc-42" }],
    });
    expect(pod.metadata?.labels?.["cordon.dev/quarantine"]).toBe("inc-42");
    expect(pod.metadata?.labels?.app).toBe("checkout");
    expect(cluster.requests.at(-1)?.contentType).toBe("application/json-patch+json");
  });

  it("refuses a merge-style body sent as client-node's default json patch, changing nothing", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const refused = await failure(core.patchNode({ name: "worker-2", body: { spec: { unschedulable: true } } }));
    expect(refused.code).toBe(400);
    expect(refused.body).toMatchObject({ reason: "BadRequest" });
    expect(cluster.requests.at(-1)?.contentType).toBe("application/json-patch+json");
    expect((cluster.state.get("nodes", undefined, "worker-2")?.spec as { unschedulable?: boolean }).unschedulable).toBeUndefined();
  });

  it("answers a stale resourceVersion with 409 Conflict", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const node = await core.readNode({ name: "worker-1" });
    await core.patchNode({ name: "worker-1", body: { metadata: { labels: { a: "1" } } } }, mergePatch());
    const stale = await failure(
      core.patchNode(
        { name: "worker-1", body: { metadata: { resourceVersion: node.metadata?.resourceVersion }, spec: { taints: [{ key: "cordon.dev/quarantine", value: "inc-1", effect: "NoSchedule" }] } } },
        mergePatch(),
      ),
    );
    expect(stale.code).toBe(409);
    expect(stale.body).toMatchObject({
      kind: "Status",
      reason: "Conflict",
      code: 409,
      message: 'Operation cannot be fulfilled on nodes "worker-1": the object has been modified; please apply your changes to the latest version and try again',
    });
  });

  it("filters pods by spec.nodeName and labels", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const onNode = await core.listPodForAllNamespaces({ fieldSelector: `spec.nodeName=${suspect.node}` });
    const names = onNode.items.map((p) => `${p.metadata?.namespace}/${p.metadata?.name}`);
    expect(names).toContain(`${suspect.namespace}/${suspect.pod}`);
    expect(onNode.items.every((p) => p.spec?.nodeName === suspect.node)).toBe(true);
    const checkout = await core.listNamespacedPod({ namespace: "payments", labelSelector: "app=checkout", fieldSelector: "spec.nodeName=worker-1" });
    expect(checkout.items.map((p) => p.metadata?.name)).toEqual(["checkout-7d9f8-m4q9z"]);
    expect(checkout.kind).toBe("PodList");
  });

  it("reads current and previous logs with timestamps", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const previous = await core.readNamespacedPodLog({ name: suspect.pod, namespace: suspect.namespace, container: "metrics-agent", previous: true, timestamps: true });
    expect(previous).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z time=/);
    expect(previous).toContain("XMRig");
    const current = await core.readNamespacedPodLog({ name: suspect.pod, namespace: suspect.namespace, container: "checkout" });
    expect(current).toContain("starting checkout service");
    const none = await failure(core.readNamespacedPodLog({ name: suspect.pod, namespace: suspect.namespace, container: "checkout", previous: true }));
    expect(none.code).toBe(400);
    expect(none.body).toMatchObject({ reason: "BadRequest", message: `previous terminated container "checkout" in pod "${suspect.pod}" not found` });
  });

  it("checkpoints a container, and reports a gate that is off (404) or a runtime without support (500)", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const path = `checkpoint/${suspect.namespace}/${suspect.pod}/metrics-agent`;
    const ok = await core.connectPostNodeProxyWithPath({ name: suspect.node, path });
    expect(ok).toEqual({ items: [expect.stringMatching(new RegExp(`^/var/lib/kubelet/checkpoints/checkpoint-${suspect.pod}_payments-metrics-agent-.+\\.tar$`))] });
    expect(cluster.requests.at(-1)?.path).toBe(`/api/v1/nodes/${suspect.node}/proxy/${path}`);

    cluster.state.setCheckpoint(suspect.node, "gate-off");
    expect((await failure(core.connectPostNodeProxyWithPath({ name: suspect.node, path }))).code).toBe(404);
    cluster.state.setCheckpoint(suspect.node, "unsupported");
    const unsupported = await failure(core.connectPostNodeProxyWithPath({ name: suspect.node, path }));
    expect(unsupported.code).toBe(500);
    expect(unsupported.body).toContain("checkpointing of payments/checkout-7d9f8-xk2lp/metrics-agent failed");
    expect(cluster.state.checkpoints).toHaveLength(1);
  });

  it("evicts under a PodDisruptionBudget: 429 while it refuses, then success and a replacement elsewhere", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const { namespace, podOnSuspectNode: name } = SEED.boundedPdb;
    await core.patchNode({ name: suspect.node, body: { spec: { unschedulable: true } } }, mergePatch());
    const eviction = { apiVersion: "policy/v1", kind: "Eviction", metadata: { name, namespace } };
    for (let attempt = 0; attempt < SEED.boundedPdb.refusals; attempt++) {
      const refused = await failure(core.createNamespacedPodEviction({ name, namespace, body: eviction }));
      expect(refused.code).toBe(429);
      expect(refused.body).toMatchObject({
        reason: "TooManyRequests",
        message: "Cannot evict pod as it would violate the pod's disruption budget.",
        details: { causes: [{ reason: "DisruptionBudget", message: "The disruption budget web-pdb needs 2 healthy pods and has 2 currently" }] },
      });
    }
    await core.createNamespacedPodEviction({ name, namespace, body: eviction });
    expect(cluster.state.get("pods", namespace, name)).toBeUndefined();
    const web = await core.listNamespacedPod({ namespace, labelSelector: "app=web" });
    expect(web.items).toHaveLength(3);
    expect(web.items.map((p) => p.spec?.nodeName)).not.toContain(suspect.node);
    expect(web.items.every((p) => p.metadata?.ownerReferences?.[0]?.name === "web-5c8d7")).toBe(true);
  });

  it("never lets a permanently blocking budget through", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const [name] = SEED.blockingPdb.pods;
    for (let attempt = 0; attempt < 3; attempt++) {
      const refused = await failure(core.createNamespacedPodEviction({ name, namespace: "kube-system", body: { metadata: { name } } }));
      expect(refused.code).toBe(429);
    }
    const budgets = await kc.makeApiClient(PolicyV1Api).listNamespacedPodDisruptionBudget({ namespace: "kube-system" });
    expect(budgets.items[0]?.status).toMatchObject({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 2, expectedPods: 2 });
  });

  it("creates a network policy once and answers the second create with 409 AlreadyExists", async () => {
    const networking = kc.makeApiClient(NetworkingV1Api);
    const body = {
      metadata: { name: "cordon-quarantine-inc-42", labels: { "app.kubernetes.io/managed-by": "cordon" } },
      spec: { podSelector: { matchLabels: { "cordon.dev/quarantine": "inc-42" } }, policyTypes: ["Ingress", "Egress"] },
    };
    const created = await networking.createNamespacedNetworkPolicy({ namespace: "payments", body });
    expect(created.metadata?.uid).toBeTruthy();
    const again = await failure(networking.createNamespacedNetworkPolicy({ namespace: "payments", body }));
    expect(again.code).toBe(409);
    expect(again.body).toMatchObject({ reason: "AlreadyExists", message: 'networkpolicies.networking.k8s.io "cordon-quarantine-inc-42" already exists' });
    const status = await networking.deleteNamespacedNetworkPolicy({ name: "cordon-quarantine-inc-42", namespace: "payments" });
    expect(status.status).toBe("Success");
    expect(cluster.state.list("networkpolicies", "payments")).toHaveLength(0);
  });

  it("answers SelfSubjectAccessReviews from the permission set, and enforces it with 403", async () => {
    const authz = kc.makeApiClient(AuthorizationV1Api);
    const review = (verb: string, resource: string, subresource?: string) =>
      authz.createSelfSubjectAccessReview({ body: { spec: { resourceAttributes: { verb, resource, group: "", ...(subresource ? { subresource } : {}) } } } });
    expect((await review("patch", "nodes")).status?.allowed).toBe(true);
    cluster.state.deny({ verb: "patch", resource: "nodes" });
    cluster.state.deny({ verb: "create", resource: "nodes", subresource: "proxy" });
    expect((await review("patch", "nodes")).status?.allowed).toBe(false);
    expect((await review("create", "nodes", "proxy")).status?.allowed).toBe(false);
    expect((await review("get", "nodes", "proxy")).status?.allowed).toBe(true);
    const forbidden = await failure(kc.makeApiClient(CoreV1Api).patchNode({ name: "worker-1", body: { spec: { unschedulable: true } } }, mergePatch()));
    expect(forbidden.code).toBe(403);
    expect(forbidden.body).toMatchObject({
      reason: "Forbidden",
      message: 'nodes "worker-1" is forbidden: User "system:serviceaccount:cordon:cordon" cannot patch resource "nodes" in API group "" at the cluster scope',
      details: { name: "worker-1", kind: "nodes" },
    });
  });

  it("rejects a wrong token with 401", async () => {
    const wrong = new KubeConfig();
    wrong.loadFromString(cluster.kubeconfig.replace(cluster.token, "not-the-token"));
    const denied = await failure(wrong.makeApiClient(CoreV1Api).listNode());
    expect(denied.code).toBe(401);
    expect(cluster.requests.at(-1)).toMatchObject({ path: "/api/v1/nodes", status: 401 });
  });

  it("takes a volume snapshot that becomes ready on the second read", async () => {
    const custom = kc.makeApiClient(CustomObjectsApi);
    const target = { group: "snapshot.storage.k8s.io", version: "v1", namespace: "payments", plural: "volumesnapshots" };
    await custom.createNamespacedCustomObject({
      ...target,
      body: {
        apiVersion: "snapshot.storage.k8s.io/v1",
        kind: "VolumeSnapshot",
        metadata: { name: "inc-42-uploads" },
        spec: { volumeSnapshotClassName: SEED.snapshotClasses.retain, source: { persistentVolumeClaimName: suspect.claim } },
      },
    });
    const first = (await custom.getNamespacedCustomObject({ ...target, name: "inc-42-uploads" })) as { status: Record<string, unknown> };
    expect(first.status).toMatchObject({ readyToUse: false, restoreSize: "10Gi" });
    expect(first.status.boundVolumeSnapshotContentName).toMatch(/^snapcontent-/);
    const second = (await custom.getNamespacedCustomObject({ ...target, name: "inc-42-uploads" })) as { status: Record<string, unknown> };
    expect(second.status.readyToUse).toBe(true);
    expect(second.status.creationTime).toEqual(expect.any(String));
    const classes = (await custom.listClusterCustomObject({ group: "snapshot.storage.k8s.io", version: "v1", plural: "volumesnapshotclasses" })) as {
      items: { metadata: { name: string }; deletionPolicy: string }[];
    };
    expect(classes.items.find((c) => c.metadata.name === SEED.snapshotClasses.retain)?.deletionPolicy).toBe("Retain");
  });

  it("records events and finds them by involvedObject.name", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    await core.createNamespacedEvent({
      namespace: "payments",
      body: {
        metadata: { generateName: `${suspect.pod}.` },
        involvedObject: { kind: "Pod", namespace: "payments", name: suspect.pod },
        reason: "Quarantined",
        message: "Quarantined by Cordon incident inc-42",
        type: "Warning",
        source: { component: "cordon" },
      },
    });
    const events = await core.listNamespacedEvent({ namespace: "payments", fieldSelector: `involvedObject.name=${suspect.pod}` });
    expect(events.items.length).toBeGreaterThan(3);
    expect(events.items.every((e) => e.involvedObject.name === suspect.pod)).toBe(true);
    expect(events.items.map((e) => e.reason)).toContain("Quarantined");
  });

  it("serves the owner objects of pods", async () => {
    const apps = kc.makeApiClient(AppsV1Api);
    const pod = await kc.makeApiClient(CoreV1Api).readNamespacedPod({ name: suspect.pod, namespace: suspect.namespace });
    const owner = pod.metadata?.ownerReferences?.[0];
    expect(owner).toMatchObject({ kind: "ReplicaSet", name: suspect.replicaSet, controller: true });
    const rs = await apps.readNamespacedReplicaSet({ name: suspect.replicaSet, namespace: suspect.namespace });
    expect(rs.metadata?.uid).toBe(owner?.uid);
    expect(rs.spec?.selector.matchLabels).toEqual(expect.objectContaining({ app: "checkout" }));
    const ds = await apps.readNamespacedDaemonSet({ name: "kube-proxy", namespace: "kube-system" });
    expect(ds.status?.desiredNumberScheduled).toBe(4);
  });

  it("applies a server-side dry run without changing anything", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const before = cluster.state.get("nodes", undefined, "worker-3");
    const preview = await core.patchNode({ name: "worker-3", body: { spec: { unschedulable: true } }, dryRun: "All" }, mergePatch());
    expect(preview.spec?.unschedulable).toBe(true);
    expect(cluster.state.get("nodes", undefined, "worker-3")).toEqual(before);
    expect(cluster.requests.at(-1)?.query).toEqual({ dryRun: "All" });
  });
});
