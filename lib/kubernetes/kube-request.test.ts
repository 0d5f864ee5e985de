import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildRequestPath, readJson, sendKubeRequest } from "./kube-request";
import { ClusterError } from "./cluster-failure";
import { startHarness, type Harness } from "./test-harness";

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.cluster.stop();
});

describe("buildRequestPath", () => {
  it("adds dryRun=All to writes only, and encodes queries", () => {
    expect(buildRequestPath({ method: "PATCH", path: "/api/v1/nodes/a", dryRun: true })).toBe("/api/v1/nodes/a?dryRun=All");
    expect(buildRequestPath({ method: "GET", path: "/api/v1/nodes/a", dryRun: true })).toBe("/api/v1/nodes/a");
    expect(buildRequestPath({ method: "GET", path: "/api/v1/pods", query: { fieldSelector: "spec.nodeName=w", query: ["a", "b"], x: undefined } })).toBe(
      "/api/v1/pods?fieldSelector=spec.nodeName%3Dw&query=a&query=b",
    );
  });
});

describe("sendKubeRequest", () => {
  it("authenticates with the kubeconfig's token and sends the exact content type and body", async () => {
    const response = await sendKubeRequest(h.connection, {
      method: "PATCH",
      path: "/api/v1/nodes/worker-1",
      contentType: "application/merge-patch+json",
      body: { metadata: { labels: { a: "1" } } },
      dryRun: true,
    });
    expect(response).toMatchObject({ status: 200, sentPath: "/api/v1/nodes/worker-1?dryRun=All" });
    expect(response.failure).toBeUndefined();
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    expect(h.cluster.requests.at(-1)).toMatchObject({ contentType: "application/merge-patch+json", query: { dryRun: "All" }, body: { metadata: { labels: { a: "1" } } } });
    expect(h.cluster.state.get("nodes", undefined, "worker-1")?.metadata.labels?.a).toBeUndefined();
  });

  it("maps an unexpected status to a failure, and accepts listed ones", async () => {
    const missing = await sendKubeRequest(h.connection, { method: "GET", path: "/api/v1/nodes/nope" });
    expect(missing.failure?.message).toBe("node nope no longer exists on the cluster (404): it was deleted or never existed");
    const tolerated = await sendKubeRequest(h.connection, { method: "GET", path: "/api/v1/nodes/nope", expect: [200, 404] });
    expect(tolerated.failure).toBeUndefined();
    const unsupported = await sendKubeRequest(h.connection, { method: "PATCH", path: "/api/v1/nodes/worker-1", contentType: "application/json", body: {} });
    expect(unsupported.failure).toMatchObject({ cause: "bad-request", status: 415 });
  });

  it("readJson throws a ClusterError with the cause", async () => {
    await expect(readJson(h.connection, "/apis/nothing.example.com/v1/things")).rejects.toBeInstanceOf(ClusterError);
    expect(await readJson(h.connection, "/version")).toMatchObject({ gitVersion: "v1.31.4" });
  });
});
