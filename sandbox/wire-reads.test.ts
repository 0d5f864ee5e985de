// Reads, errors, authentication and the request log on the wire (raw fetch).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SEED } from "./seed";
import { startSandboxCluster, type SandboxCluster } from "./server";

let cluster: SandboxCluster;

beforeEach(async () => {
  cluster = await startSandboxCluster({ token: "read-token" });
});

afterEach(async () => {
  await cluster.stop();
});

async function get(path: string, token: string | null = "read-token") {
  const response = await fetch(`${cluster.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // text bodies
  }
  return { status: response.status, json, text, contentType: response.headers.get("content-type") };
}

const { suspect } = SEED;
const logPath = `/api/v1/namespaces/${suspect.namespace}/pods/${suspect.pod}/log`;

describe("authentication and errors", () => {
  it("requires the bearer token, except for /version", async () => {
    for (const token of [null, "wrong"]) {
      const reply = await get("/api/v1/nodes", token);
      expect(reply.status).toBe(401);
      expect(reply.json).toEqual({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "Unauthorized", reason: "Unauthorized", code: 401 });
    }
    expect((await get("/version", null)).status).toBe(200);
    expect((await get("/version", "wrong")).status).toBe(401);
  });

  it("reports missing objects as NotFound Status objects", async () => {
    const pod = await get("/api/v1/namespaces/payments/pods/x");
    expect(pod.status).toBe(404);
    expect(pod.json).toEqual({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: 'pods "x" not found',
      reason: "NotFound",
      details: { name: "x", kind: "pods" },
      code: 404,
    });
    const policy = await get("/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies/x");
    expect(policy.json).toMatchObject({ message: 'networkpolicies.networking.k8s.io "x" not found', details: { group: "networking.k8s.io" } });
    const unknown = await get("/apis/example.com/v1/widgets");
    expect(unknown.json).toMatchObject({ reason: "NotFound", message: "the server could not find the requested resource" });
  });

  it("words 403 for namespaced subresources like the API server", async () => {
    cluster.state.deny({ verb: "get", resource: "pods", subresource: "log", namespace: "payments" });
    const reply = await get(logPath);
    expect(reply.status).toBe(403);
    expect(reply.json.message).toBe(
      `pods "${suspect.pod}" is forbidden: User "system:serviceaccount:cordon:cordon" cannot get resource "pods/log" in API group "" in the namespace "payments"`,
    );
    cluster.state.resetPermissions();
    expect((await get(logPath + "?container=checkout")).status).toBe(200);
  });

  it("rejects malformed selectors with 400", async () => {
    expect((await get("/api/v1/pods?fieldSelector=spec.bogus%3Dx")).json.message).toBe("field label not supported: spec.bogus");
    expect((await get("/api/v1/pods?labelSelector=a%20in%20b")).status).toBe(400);
  });
});

describe("lists", () => {
  it("returns typed lists with the current resourceVersion", async () => {
    const { json } = await get("/api/v1/nodes?labelSelector=node-role.kubernetes.io%2Fworker");
    expect(json).toMatchObject({ kind: "NodeList", apiVersion: "v1", metadata: { resourceVersion: cluster.state.resourceVersion } });
    expect((json.items as { metadata: { name: string } }[]).map((n) => n.metadata.name)).toEqual(["worker-1", "worker-2", "worker-3"]);
  });

  it("supports set-based label selectors and negated field selectors", async () => {
    const { json } = await get(`/api/v1/pods?labelSelector=app%20in%20(web,ledger)&fieldSelector=spec.nodeName!%3D${suspect.node}`);
    const items = json.items as { spec: { nodeName: string }; metadata: { labels: Record<string, string> } }[];
    expect(items).toHaveLength(2);
    expect(items.every((p) => p.spec.nodeName !== suspect.node && p.metadata.labels.app === "web")).toBe(true);
  });

  it("pages with limit and continue", async () => {
    const first = await get("/api/v1/pods?limit=5");
    const metadata = first.json.metadata as { continue: string; remainingItemCount: number };
    expect(first.json.items).toHaveLength(5);
    const total = cluster.state.list("pods").length;
    expect(metadata.remainingItemCount).toBe(total - 5);
    const rest = await get(`/api/v1/pods?limit=100&continue=${metadata.continue}`);
    expect(rest.json.items).toHaveLength(total - 5);
    expect((rest.json.metadata as { continue?: string }).continue).toBeUndefined();
  });
});

describe("logs", () => {
  it("asks for a container when the pod has several", async () => {
    const reply = await get(logPath);
    expect(reply.status).toBe(400);
    expect(reply.json.message).toBe(`a container name must be specified for pod ${suspect.pod}, choose one of: [checkout metrics-agent]`);
  });

  it("serves plain text, with tailLines", async () => {
    const reply = await get(`${logPath}?container=metrics-agent&tailLines=2`);
    expect(reply.contentType).toContain("text/plain");
    expect(reply.text.trim().split("\n")).toHaveLength(2);
    expect(reply.text).toContain("H/s");
  });

  it("serves node logs through the kubelet proxy, and 404 when NodeLogQuery is off", async () => {
    const since = new Date(Date.now() - 3 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    const reply = await get(`/api/v1/nodes/${suspect.node}/proxy/logs/?query=kubelet&sinceTime=${since}`);
    expect(reply.status).toBe(200);
    const lines = reply.text.trim().split("\n");
    expect(lines.every((line) => /^[A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2}\.\d{6} worker-2 kubelet\[\d+\]: /.test(line))).toBe(true);
    expect(reply.text).toContain(`pod="payments/${suspect.pod}"`);
    expect(reply.text).not.toContain('"SyncLoop ADD"');
    expect((await get(`/api/v1/nodes/${suspect.node}/proxy/logs/?query=nothing-here`)).text).toBe("-- No entries --\n");
    cluster.state.setNodeLogQuery(suspect.node, false);
    expect((await get(`/api/v1/nodes/${suspect.node}/proxy/logs/?query=kubelet`)).status).toBe(404);
  });
});

describe("policy, owners and discovery", () => {
  it("lists PodDisruptionBudgets across namespaces with computed status", async () => {
    const { json } = await get("/apis/policy/v1/poddisruptionbudgets");
    const budgets = json.items as { metadata: { name: string }; status: { disruptionsAllowed: number } }[];
    expect(budgets.map((b) => b.metadata.name)).toEqual(["web-pdb", "coredns-pdb"]);
    expect(budgets.every((b) => b.status.disruptionsAllowed === 0)).toBe(true);
  });

  it("serves discovery documents", async () => {
    const { json } = await get("/apis/snapshot.storage.k8s.io/v1");
    expect((json.resources as { name: string }[]).map((r) => r.name)).toEqual(["volumesnapshots", "volumesnapshotcontents", "volumesnapshotclasses"]);
    const core = await get("/api/v1");
    expect((core.json.resources as { name: string }[]).map((r) => r.name)).toContain("pods/eviction");
  });
});

describe("request log", () => {
  it("records method, decoded path, query, content type, body and status; clearRequests empties it", async () => {
    await fetch(`${cluster.url}/api/v1/nodes/worker-2/proxy/checkpoint%2Fpayments%2F${suspect.pod}%2Fcheckout?timeout=30`, {
      method: "POST",
      headers: { Authorization: "Bearer read-token", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(cluster.requests).toEqual([
      {
        method: "POST",
        path: `/api/v1/nodes/worker-2/proxy/checkpoint/payments/${suspect.pod}/checkout`,
        query: { timeout: "30" },
        contentType: "application/json",
        body: {},
        status: 200,
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    ]);
    const { requests } = cluster;
    cluster.clearRequests();
    expect(requests).toHaveLength(0);
    expect(cluster.requests).toBe(requests);
  });
});
