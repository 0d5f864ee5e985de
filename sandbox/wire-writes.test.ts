// Write semantics on the wire, checked with raw fetch: content types,
// concurrency control, dry run, refusals and the controllers' reactions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED } from "./seed";
import { startSandboxCluster, type SandboxCluster } from "./server";

let cluster: SandboxCluster;

beforeEach(async () => {
  cluster = await startSandboxCluster({ token: "test-token" });
});

afterEach(async () => {
  await cluster.stop();
});

interface CallOptions {
  body?: unknown;
  contentType?: string;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { Authorization: "Bearer test-token" };
  if (options.contentType) headers["Content-Type"] = options.contentType;
  const response = await fetch(`${cluster.url}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // text bodies
  }
  return { status: response.status, json, text };
}

const merge = (path: string, body: unknown) => call("PATCH", path, { body, contentType: "application/merge-patch+json" });
const { suspect } = SEED;
const suspectPath = `/api/v1/namespaces/${suspect.namespace}/pods/${suspect.pod}`;
const nodeSpec = (name: string) => cluster.state.get("nodes", undefined, name)?.spec as { unschedulable?: boolean; taints?: unknown[] };

describe("patch content types", () => {
  it("refuses unsupported patch types with 415 and changes nothing", async () => {
    const version = cluster.state.resourceVersion;
    for (const contentType of ["application/json", "text/plain", "application/apply-patch+yaml"]) {
      const reply = await call("PATCH", "/api/v1/nodes/worker-1", { body: { spec: { unschedulable: true } }, contentType });
      expect(reply.status).toBe(415);
      expect(reply.json).toMatchObject({ kind: "Status", status: "Failure", reason: "UnsupportedMediaType", code: 415 });
    }
    expect(cluster.state.resourceVersion).toBe(version);
    expect(nodeSpec("worker-1").unschedulable).toBeUndefined();
  });

  it("applies strategic merge patches like merge patches for labels and taints", async () => {
    const taints = [{ key: "cordon.dev/quarantine", value: "inc-7", effect: "NoSchedule" }];
    const reply = await call("PATCH", "/api/v1/nodes/worker-2", {
      body: { metadata: { labels: { "cordon.dev/quarantine": "inc-7" } }, spec: { taints } },
      contentType: "application/strategic-merge-patch+json",
    });
    expect(reply.status).toBe(200);
    expect(nodeSpec("worker-2").taints).toEqual(taints);
  });

  it("fails a json patch whose test operation does not hold with 422", async () => {
    const reply = await call("PATCH", "/api/v1/nodes/worker-1", {
      body: [
        { op: "test", path: "/metadata/resourceVersion", value: "1" },
        { op: "replace", path: "/spec/unschedulable", value: true },
      ],
      contentType: "application/json-patch+json",
    });
    expect(reply.status).toBe(422);
    expect(reply.json).toMatchObject({ reason: "Invalid" });
    expect(nodeSpec("worker-1").unschedulable).toBeUndefined();
  });

  it("validates taints (422) and field types (400)", async () => {
    const bad = await merge("/api/v1/nodes/worker-1", { spec: { taints: [{ key: "x", effect: "Bogus" }] } });
    expect(bad.status).toBe(422);
    expect(bad.json).toMatchObject({ reason: "Invalid", details: { kind: "Node", causes: [{ field: "spec.taints[0].effect", reason: "FieldValueNotSupported" }] } });
    const wrongType = await merge("/api/v1/nodes/worker-1", { spec: { unschedulable: "yes" } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.reason).toBe("BadRequest");
  });

  it("keeps pod specs immutable and status owned by its subresource", async () => {
    const moved = await merge(suspectPath, { spec: { nodeName: "worker-1" } });
    expect(moved.status).toBe(422);
    expect(String(moved.json.message)).toContain("pod updates may not change fields");
    const statusWrite = await merge(suspectPath, { status: { phase: "Succeeded" } });
    expect(statusWrite.status).toBe(200);
    expect((cluster.state.get("pods", suspect.namespace, suspect.pod)?.status as { phase: string }).phase).toBe("Running");
  });

  it("does not bump resourceVersion for a no-op patch", async () => {
    const version = cluster.state.resourceVersion;
    const reply = await merge("/api/v1/nodes/worker-1", { metadata: { labels: { "kubernetes.io/hostname": "worker-1" } } });
    expect(reply.status).toBe(200);
    expect(cluster.state.resourceVersion).toBe(version);
  });
});

describe("optimistic concurrency", () => {
  it("answers a stale resourceVersion in a merge patch with 409", async () => {
    const { json: node } = await call("GET", "/api/v1/nodes/worker-3");
    const version = (node.metadata as { resourceVersion: string }).resourceVersion;
    expect((await merge("/api/v1/nodes/worker-3", { metadata: { resourceVersion: version, labels: { a: "1" } } })).status).toBe(200);
    const stale = await merge("/api/v1/nodes/worker-3", { metadata: { resourceVersion: version, labels: { a: "2" } } });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ reason: "Conflict", details: { name: "worker-3", kind: "nodes" } });
    expect(String(stale.json.message)).toContain("the object has been modified; please apply your changes to the latest version and try again");
  });

  it("checks resourceVersion on PUT: required, and current", async () => {
    const { json: node } = await call("GET", "/api/v1/nodes/worker-3");
    const unversioned = structuredClone(node) as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    delete unversioned.metadata.resourceVersion;
    expect((await call("PUT", "/api/v1/nodes/worker-3", { body: unversioned, contentType: "application/json" })).status).toBe(422);
    const replaced = structuredClone(node) as { spec: Record<string, unknown>; status: Record<string, unknown> };
    replaced.spec.unschedulable = true;
    replaced.status.phase = "Tampered";
    const ok = await call("PUT", "/api/v1/nodes/worker-3", { body: replaced, contentType: "application/json" });
    expect(ok.status).toBe(200);
    expect((ok.json.status as Record<string, unknown>).phase).toBeUndefined();
    const again = await call("PUT", "/api/v1/nodes/worker-3", { body: replaced, contentType: "application/json" });
    expect(again.status).toBe(409);
  });

  it("keeps state consistent under concurrent writes", async () => {
    const start = Number(cluster.state.resourceVersion);
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => merge("/api/v1/nodes/worker-1", { metadata: { labels: { [`n${i}`]: "x" } } })),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const versions = replies.map((r) => Number((r.json.metadata as { resourceVersion: string }).resourceVersion));
    expect(new Set(versions).size).toBe(40);
    expect(Number(cluster.state.resourceVersion)).toBe(start + 40);
    expect(Object.keys(cluster.state.get("nodes", undefined, "worker-1")?.metadata.labels ?? {}).filter((k) => /^n\d+$/.test(k))).toHaveLength(40);
  });
});

describe("dry run", () => {
  it("validates every write, returns the result and changes nothing", async () => {
    const version = cluster.state.resourceVersion;
    const policy = { metadata: { name: "deny-all" }, spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } };
    const writes = [
      await merge("/api/v1/nodes/worker-2?dryRun=All", { spec: { unschedulable: true } }),
      await merge(`${suspectPath}?dryRun=All`, { metadata: { labels: { app: "quarantined" } } }),
      await call("POST", "/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies?dryRun=All", { body: policy, contentType: "application/json" }),
      await call("POST", `/api/v1/namespaces/default/pods/netshoot/eviction?dryRun=All`, { body: { apiVersion: "policy/v1", kind: "Eviction", metadata: { name: "netshoot" } }, contentType: "application/json" }),
      await call("POST", "/api/v1/namespaces/payments/events?dryRun=All", { body: { metadata: { name: "e1" }, involvedObject: { kind: "Pod", name: suspect.pod }, reason: "Test" }, contentType: "application/json" }),
      await call("POST", "/apis/snapshot.storage.k8s.io/v1/namespaces/payments/volumesnapshots?dryRun=All", { body: { metadata: { name: "s1" }, spec: { source: { persistentVolumeClaimName: "ledger-data" } } }, contentType: "application/json" }),
    ];
    expect(writes.map((w) => w.status)).toEqual([200, 200, 201, 201, 201, 201]);
    expect((writes[0]?.json.spec as { unschedulable: boolean }).unschedulable).toBe(true);
    expect(cluster.state.resourceVersion).toBe(version);
    expect(cluster.state.get("pods", "default", "netshoot")).toBeDefined();
    expect(cluster.state.list("networkpolicies")).toHaveLength(0);
    expect(cluster.requests.filter((r) => r.query.dryRun === "All")).toHaveLength(6);
  });

  it("rejects dryRun values other than All with 400", async () => {
    const reply = await merge("/api/v1/nodes/worker-2?dryRun=true", { spec: { unschedulable: true } });
    expect(reply.status).toBe(400);
    expect(nodeSpec("worker-2").unschedulable).toBeUndefined();
  });

  it("still refuses an invalid write in dry run", async () => {
    const reply = await merge("/api/v1/nodes/worker-2?dryRun=All", { spec: { taints: [{ effect: "NoSchedule" }] } });
    expect(reply.status).toBe(422);
  });
});

describe("destructive requests", () => {
  it("refuses DELETE of pods and nodes with 405, records it, and keeps them", async () => {
    const pod = await call("DELETE", suspectPath);
    const node = await call("DELETE", "/api/v1/nodes/worker-2");
    for (const reply of [pod, node]) {
      expect(reply.status).toBe(405);
      expect(reply.json).toMatchObject({ kind: "Status", reason: "MethodNotAllowed", code: 405 });
      expect(String(reply.json.message)).toContain("does not support destroying workloads");
    }
    expect(cluster.requests.filter((r) => r.method === "DELETE").map((r) => r.path)).toEqual([suspectPath, "/api/v1/nodes/worker-2"]);
    expect(cluster.state.get("pods", suspect.namespace, suspect.pod)).toBeDefined();
  });

  it("accepts a NoExecute taint and evicts every pod that does not tolerate it, the suspect included", async () => {
    const reply = await merge(`/api/v1/nodes/${suspect.node}`, { spec: { taints: [{ key: "cordon.dev/quarantine", value: "inc-9", effect: "NoExecute" }] } });
    expect(reply.status).toBe(200);
    const left = cluster.state.podsOnNode(suspect.node).map((p) => p.metadata.name);
    expect(left).not.toContain(suspect.pod);
    expect(left.every((name) => name.startsWith("kube-proxy-") || name.startsWith("fluent-bit-"))).toBe(true);
    const checkout = cluster.state.list("pods", suspect.namespace).filter((p) => p.metadata.labels?.app === "checkout");
    expect(checkout).toHaveLength(2);
    const { json: events } = await call("GET", `/api/v1/namespaces/payments/events?fieldSelector=reason%3DTaintManagerEviction,involvedObject.name%3D${suspect.pod}`);
    expect(events.items).toHaveLength(1);
  });
});

describe("controllers", () => {
  it("reschedules only onto schedulable nodes without NoSchedule taints, or leaves the pod Pending", async () => {
    await merge("/api/v1/nodes/worker-2", { spec: { unschedulable: true } });
    await merge("/api/v1/nodes/worker-1", { spec: { unschedulable: true } });
    const ledger = { apiVersion: "policy/v1", kind: "Eviction", metadata: { name: "ledger-6b4f9-t7wzp", namespace: "payments" } };
    expect((await call("POST", "/api/v1/namespaces/payments/pods/ledger-6b4f9-t7wzp/eviction", { body: ledger, contentType: "application/json" })).status).toBe(201);
    const [moved] = cluster.state.list("pods", "payments").filter((p) => p.metadata.labels?.app === "ledger");
    expect((moved?.spec as { nodeName?: string }).nodeName).toBe("worker-3");

    await call("PATCH", "/api/v1/nodes/worker-3", {
      body: [{ op: "add", path: "/spec/taints", value: [{ key: "maintenance", effect: "NoSchedule" }] }],
      contentType: "application/json-patch+json",
    });
    const name = moved?.metadata.name ?? "";
    await call("POST", `/api/v1/namespaces/payments/pods/${name}/eviction`, { body: { metadata: { name } }, contentType: "application/json" });
    const [pending] = cluster.state.list("pods", "payments").filter((p) => p.metadata.labels?.app === "ledger");
    expect((pending?.status as { phase: string }).phase).toBe("Pending");
    expect((pending?.spec as { nodeName?: string }).nodeName).toBeUndefined();
  });

  it("removes an evicted pod without a controller for good", async () => {
    const reply = await call("POST", "/api/v1/namespaces/default/pods/netshoot/eviction", { body: { metadata: { name: "netshoot" } }, contentType: "application/json" });
    expect(reply.json).toMatchObject({ kind: "Status", status: "Success", code: 201 });
    expect(cluster.state.list("pods", "default").filter((p) => p.metadata.labels?.run === "netshoot")).toHaveLength(0);
  });

  it("releases a pod whose labels leave its ReplicaSet's selector and starts a replacement", async () => {
    const reply = await merge(suspectPath, { metadata: { labels: { app: "checkout-quarantined", "pod-template-hash": null } } });
    expect(reply.status).toBe(200);
    const released = cluster.state.get("pods", suspect.namespace, suspect.pod);
    expect(released?.metadata.ownerReferences).toBeUndefined();
    expect((released?.spec as { nodeName: string }).nodeName).toBe(suspect.node);
    const owned = cluster.state.list("pods", suspect.namespace).filter((p) => p.metadata.ownerReferences?.[0]?.name === suspect.replicaSet);
    expect(owned).toHaveLength(2);
  });
});

describe("network policies", () => {
  it("deletes by label selector (Cordon's own only)", async () => {
    const create = (name: string, labels: Record<string, string>) =>
      call("POST", "/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies", { body: { metadata: { name, labels }, spec: { podSelector: {} } }, contentType: "application/json" });
    await create("cordon-a", { "app.kubernetes.io/managed-by": "cordon" });
    await create("team-policy", { team: "payments" });
    const reply = await call("DELETE", "/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies?labelSelector=app.kubernetes.io%2Fmanaged-by%3Dcordon");
    expect(reply.status).toBe(200);
    expect(cluster.state.list("networkpolicies", "payments").map((p) => p.metadata.name)).toEqual(["team-policy"]);
    expect((cluster.state.get("networkpolicies", "payments", "team-policy")?.spec as { policyTypes: string[] }).policyTypes).toEqual(["Ingress"]);
  });

  it("refuses a create in a namespace that does not exist", async () => {
    const reply = await call("POST", "/apis/networking.k8s.io/v1/namespaces/nope/networkpolicies", { body: { metadata: { name: "x" }, spec: {} }, contentType: "application/json" });
    expect(reply.status).toBe(404);
    expect(reply.json.message).toBe('namespaces "nope" not found');
  });
});

describe("volume snapshots", () => {
  it("reports a snapshot of a missing claim as failed", async () => {
    await call("POST", "/apis/snapshot.storage.k8s.io/v1/namespaces/payments/volumesnapshots", {
      body: { metadata: { name: "bad" }, spec: { source: { persistentVolumeClaimName: "missing" } } },
      contentType: "application/json",
    });
    const { json } = await call("GET", "/apis/snapshot.storage.k8s.io/v1/namespaces/payments/volumesnapshots/bad");
    expect(json.status).toMatchObject({ readyToUse: false, error: { message: expect.stringContaining('persistentvolumeclaim "missing" not found') } });
  });

  it("requires exactly one source", async () => {
    const reply = await call("POST", "/apis/snapshot.storage.k8s.io/v1/namespaces/payments/volumesnapshots", { body: { metadata: { name: "none" }, spec: { source: {} } }, contentType: "application/json" });
    expect(reply.status).toBe(422);
  });
});
