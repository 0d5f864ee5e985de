// quarantine_node end to end against the sandbox cluster, asserting the
// exact calls Cordon makes and the state it leaves.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planNodeQuarantine, PRE_QUARANTINE_ANNOTATION, QUARANTINE_LABEL, type Step } from "@/lib/rules/quarantine";
import { executePlan, type ExecutePlanOptions } from "./execute-plan";
import { readNodeForQuarantine } from "./read-plan-inputs";
import { SEED } from "@/sandbox";
import { clusterState, expectNothingDestroyed, INCIDENT, recordingSleep, startHarness, wire, writes, type Harness } from "./test-harness";

let h: Harness;
const { suspect } = SEED;
const suspectRef = { namespace: suspect.namespace, name: suspect.pod };
const now = new Date("2026-11-02T09:30:00Z");

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  expectNothingDestroyed(h.cluster.requests);
  await h.cluster.stop();
});

async function plan(moveOtherWorkloads: boolean): Promise<Step[]> {
  const input = await readNodeForQuarantine(h.connection, suspect.node);
  h.cluster.clearRequests();
  return planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [suspectRef], moveOtherWorkloads, requestedBy: "lead@example.com", now });
}

const run = (steps: Step[], options: ExecutePlanOptions = {}) =>
  executePlan(h.connection, steps, { sleep: recordingSleep().sleep, safety: { protectedPods: [suspectRef], incidentId: INCIDENT }, ...options });

const nodeNow = () => h.cluster.state.get("nodes", undefined, suspect.node);
const podNames = (node: string) => h.cluster.state.podsOnNode(node).map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort();

describe("quarantine_node", () => {
  it("sends exactly: taint, mark, cordon, suspect label, two events", async () => {
    const version = nodeNow()?.metadata.resourceVersion;
    const original = nodeNow();
    const steps = await plan(false);
    const summary = await run(steps);
    expect(summary.ok).toBe(true);
    expect(summary.counts).toMatchObject({ applied: 6, failed: 0 });

    const sent = h.cluster.requests.map(wire);
    const taint = { key: QUARANTINE_LABEL, value: INCIDENT, effect: "NoSchedule" };
    const record = JSON.stringify({
      version: 1,
      incidentId: INCIDENT,
      unschedulable: null,
      taints: null,
      labels: { [QUARANTINE_LABEL]: null },
      annotations: { "cluster-autoscaler.kubernetes.io/scale-down-disabled": null, "karpenter.sh/do-not-disrupt": null, "cordon.dev/quarantined-by": null },
    });
    const merge = "application/merge-patch+json";
    expect(sent.slice(0, 4)).toEqual([
      { method: "PATCH", path: "/api/v1/nodes/worker-2", query: {}, contentType: merge, body: { metadata: { resourceVersion: version }, spec: { taints: [taint] } }, status: 200 },
      {
        method: "PATCH",
        path: "/api/v1/nodes/worker-2",
        query: {},
        contentType: merge,
        body: {
          metadata: {
            labels: { [QUARANTINE_LABEL]: INCIDENT },
            annotations: {
              "cluster-autoscaler.kubernetes.io/scale-down-disabled": "true",
              "karpenter.sh/do-not-disrupt": "true",
              "cordon.dev/quarantined-by": "lead@example.com",
              [PRE_QUARANTINE_ANNOTATION]: record,
            },
          },
        },
        status: 200,
      },
      { method: "PATCH", path: "/api/v1/nodes/worker-2", query: {}, contentType: merge, body: { spec: { unschedulable: true } }, status: 200 },
      {
        method: "PATCH",
        path: "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp",
        query: {},
        contentType: merge,
        body: { metadata: { labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { "cordon.dev/quarantined-by": "lead@example.com" } } },
        status: 200,
      },
    ]);
    expect(sent.slice(4).map((r) => [r.method, r.path, r.contentType, r.status])).toEqual([
      ["POST", "/api/v1/namespaces/default/events", "application/json", 201],
      ["POST", "/api/v1/namespaces/payments/events", "application/json", 201],
    ]);
    expect(sent[4]?.body).toEqual(steps[4]?.body);
    expect(sent[4]?.body).toMatchObject({ involvedObject: { kind: "Node", name: "worker-2", uid: original?.metadata.uid }, reason: "CordonQuarantine", type: "Warning" });
    expect(sent).toHaveLength(6);

    const node = nodeNow();
    expect(node?.spec).toMatchObject({ unschedulable: true, taints: [taint] });
    expect(node?.metadata.labels?.[QUARANTINE_LABEL]).toBe(INCIDENT);
    const pod = h.cluster.state.get("pods", suspect.namespace, suspect.pod);
    expect(pod?.metadata.labels).toMatchObject({ app: "checkout", [QUARANTINE_LABEL]: INCIDENT });
    expect((pod?.status as { phase: string }).phase).toBe("Running");
    expect(podNames("worker-2")).toContain("default/netshoot");
  });

  it("moves the other workloads off, retrying the PodDisruptionBudget's 429 with backoff", async () => {
    const { sleep, delays } = recordingSleep();
    const steps = await plan(true);
    const summary = await run(steps, { sleep });
    expect(summary.ok).toBe(true);

    const evictions = h.cluster.requests.filter((r) => r.path.endsWith("/eviction"));
    expect(evictions.map((r) => `${r.path} ${r.status}`).sort()).toEqual([
      "/api/v1/namespaces/default/pods/netshoot/eviction 201",
      "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction 201",
      "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction 429",
      "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction 429",
      "/api/v1/namespaces/payments/pods/ledger-6b4f9-t7wzp/eviction 201",
    ]);
    for (const r of evictions) {
      expect(r.contentType).toBe("application/json");
      expect(r.body).toEqual({ apiVersion: "policy/v1", kind: "Eviction", metadata: { name: r.path.split("/")[6], namespace: r.path.split("/")[4] } });
    }
    expect(delays).toEqual([1000, 2000]);
    expect(summary.results.find((r) => r.key === "evict:default/web-5c8d7-q8r2n")).toMatchObject({ outcome: "applied", attempts: 3, status: 201 });
    expect(podNames("worker-2")).toEqual(["kube-system/fluent-bit-w2hrx", "kube-system/kube-proxy-d8h4t", "payments/checkout-7d9f8-xk2lp"]);
    // The moved workloads came back elsewhere, never on the quarantined node.
    const web = h.cluster.state.list("pods", "default").filter((p) => p.metadata.labels?.app === "web");
    expect(web).toHaveLength(3);
    expect(web.every((p) => (p.spec as { nodeName?: string }).nodeName !== "worker-2")).toBe(true);
  });

  it("reports a PodDisruptionBudget that never frees up as a failure after bounded retries", async () => {
    h.cluster.state.setPdbRefusals("default", "web-pdb", "always");
    const { sleep, delays } = recordingSleep();
    const summary = await run(await plan(true), { sleep, evictionRetry: { attempts: 4 } });
    expect(summary.ok).toBe(false);
    expect(summary.failed).toMatchObject({ key: "evict:default/web-5c8d7-q8r2n", outcome: "failed", status: 429, attempts: 4 });
    expect(summary.failed?.failure).toMatchObject({ cause: "pdb-blocked", retryable: true });
    expect(summary.failed?.failure?.message).toContain("The disruption budget web-pdb needs");
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(h.cluster.requests.filter((r) => r.path === "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction")).toHaveLength(4);
    expect(h.cluster.state.get("pods", "default", "web-5c8d7-q8r2n")).toBeDefined();
  });

  it("caps the backoff", async () => {
    h.cluster.state.setPdbRefusals("default", "web-pdb", "always");
    const { sleep, delays } = recordingSleep();
    await run(await plan(true), { sleep, evictionRetry: { attempts: 8, initialDelayMs: 1000, maxDelayMs: 10_000 } });
    expect(delays).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it("dry run sends every write with dryRun=All and changes nothing", async () => {
    const steps = await plan(true);
    const before = clusterState(h.cluster);
    const events = h.cluster.state.list("events").length;
    const summary = await run(steps, { dryRun: true });
    expect(summary.ok).toBe(true);
    expect(summary.dryRun).toBe(true);
    expect(clusterState(h.cluster)).toEqual(before);
    expect(h.cluster.state.list("events")).toHaveLength(events);
    const sent = writes(h.cluster.requests);
    expect(sent).toHaveLength(steps.length);
    expect(sent.every((r) => r.query.dryRun === "All")).toBe(true);
    expect(summary.results.every((r) => r.outcome === "dry-run" && r.request.path.endsWith("?dryRun=All"))).toBe(true);
    // The would-be node is reported, and the budget's refusal is a warning, not a wait.
    expect(summary.results.find((r) => r.key === "node:worker-2:cordon")?.response).toMatchObject({ spec: { unschedulable: true } });
    expect(summary.results.find((r) => r.key === "evict:default/web-5c8d7-q8r2n")).toMatchObject({ status: 429, attempts: 1, note: expect.stringContaining("PodDisruptionBudget") });
  });

  it("quarantines a node with 200 pods using O(pods) calls", async () => {
    await h.cluster.stop();
    const { seedWithBusyNode } = await import("@/sandbox");
    h = await startHarness(seedWithBusyNode(200));
    const input = await readNodeForQuarantine(h.connection, suspect.node);
    expect(input.podsOnNode).toHaveLength(200);
    const readCalls = h.cluster.requests.length;
    h.cluster.clearRequests();
    const steps = planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [suspectRef], moveOtherWorkloads: true, now });
    const summary = await run(steps);
    expect(summary.ok).toBe(true);
    const moved = steps.filter((s) => s.kind === "evict").length;
    expect(moved).toBe(200 - 3);
    // Two extra attempts for the web pod's budget; nothing per pod beyond its one eviction.
    expect(h.cluster.requests.length).toBe(steps.length + 2);
    expect(readCalls).toBeLessThanOrEqual(3);
    expect(podNames("worker-2")).toHaveLength(3);
  });
});
