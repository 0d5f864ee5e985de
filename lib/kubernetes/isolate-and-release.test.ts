// isolate_pod (with and without detaching) and release, end to end: exact
// calls, and release putting the node and pod back exactly as they were.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  planNodeQuarantine,
  planPodIsolation,
  planRelease,
  QUARANTINE_LABEL,
  quarantinePolicyName,
  type Step,
} from "@/lib/rules/quarantine";
import { executePlan } from "./execute-plan";
import { readNodeForQuarantine, readPodsForIsolation, readReleaseInput, type ReleaseTarget } from "./read-plan-inputs";
import { SEED, type KubeObject } from "@/sandbox";
import { expectNothingDestroyed, INCIDENT, recordingSleep, startHarness, wire, writes, type Harness } from "./test-harness";

let h: Harness;
const { suspect } = SEED;
const suspectRef = { namespace: suspect.namespace, name: suspect.pod };
const policyName = quarantinePolicyName(INCIDENT);
const now = new Date("2026-11-02T09:30:00Z");

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  expectNothingDestroyed(h.cluster.requests);
  await h.cluster.stop();
});

const execute = async (steps: Step[]) => {
  const summary = await executePlan(h.connection, steps, { sleep: recordingSleep().sleep, safety: { protectedPods: [suspectRef], incidentId: INCIDENT } });
  expect(summary.failed?.failure?.message).toBeUndefined();
  return summary;
};

async function isolate(detachFromController: boolean): Promise<Step[]> {
  const input = await readPodsForIsolation(h.connection, [suspectRef]);
  h.cluster.clearRequests();
  const steps = planPodIsolation({ incidentId: INCIDENT, ...input, detachFromController, requestedBy: "lead@example.com", now });
  await execute(steps);
  return steps;
}

async function quarantine(): Promise<void> {
  const input = await readNodeForQuarantine(h.connection, suspect.node);
  await execute(planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [suspectRef], moveOtherWorkloads: false, now }));
}

async function release(target: ReleaseTarget) {
  const input = await readReleaseInput(h.connection, INCIDENT, target);
  h.cluster.clearRequests();
  return execute(planRelease({ ...input, now }));
}

const pod = () => h.cluster.state.get("pods", suspect.namespace, suspect.pod) as KubeObject;
const node = () => h.cluster.state.get("nodes", undefined, suspect.node) as KubeObject;
// The API server omits empty maps (omitempty); the sandbox keeps `{}` after the last key is removed.
const orAbsent = (map: Record<string, string> | undefined) => (map && Object.keys(map).length > 0 ? map : undefined);
/** What release must restore: everything but the bookkeeping the server owns. */
const comparable = (object: KubeObject) => ({
  labels: orAbsent(object.metadata.labels),
  annotations: orAbsent(object.metadata.annotations),
  ownerReferences: object.metadata.ownerReferences,
  spec: object.spec,
});

describe("isolate_pod", () => {
  it("sends exactly: the deny-all policy, the label, an event", async () => {
    await isolate(false);
    const sent = writes(h.cluster.requests).map(wire);
    expect(sent.map((r) => [r.method, r.path, r.contentType, r.status])).toEqual([
      ["POST", "/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies", "application/json", 201],
      ["PATCH", "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp", "application/merge-patch+json", 200],
      ["POST", "/api/v1/namespaces/payments/events", "application/json", 201],
    ]);
    expect(sent[0]?.body).toEqual({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: {
        name: policyName,
        namespace: "payments",
        labels: { "app.kubernetes.io/managed-by": "cordon", [QUARANTINE_LABEL]: INCIDENT },
        annotations: { "cordon.dev/quarantined-by": `Cordon incident ${INCIDENT}` },
      },
      spec: { podSelector: { matchLabels: { [QUARANTINE_LABEL]: INCIDENT } }, policyTypes: ["Ingress", "Egress"] },
    });
    expect(sent[1]?.body).toEqual({ metadata: { labels: { [QUARANTINE_LABEL]: INCIDENT }, annotations: { "cordon.dev/quarantined-by": "lead@example.com" } } });
    const policy = h.cluster.state.get("networkpolicies", "payments", policyName);
    expect(policy?.spec).toEqual({ podSelector: { matchLabels: { [QUARANTINE_LABEL]: INCIDENT } }, policyTypes: ["Ingress", "Egress"] });
    expect(pod().metadata.ownerReferences?.[0]?.name).toBe(suspect.replicaSet);
  });

  it("answers a second isolation's 409 AlreadyExists as already done", async () => {
    await isolate(false);
    const summary = await execute(planPodIsolation({ incidentId: INCIDENT, ...(await readPodsForIsolation(h.connection, [suspectRef])), now }));
    expect(summary.results[0]).toMatchObject({ outcome: "already-done", status: 409 });
  });

  it("detaches the pod from its ReplicaSet: a replacement starts and the suspect keeps running", async () => {
    await isolate(true);
    const detach = writes(h.cluster.requests).find((r) => JSON.stringify(r.body).includes("original-labels"));
    expect(wire(detach!)).toEqual({
      method: "PATCH",
      path: "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp",
      query: {},
      contentType: "application/merge-patch+json",
      body: {
        metadata: {
          labels: { app: null, tier: null, "pod-template-hash": null },
          annotations: { "cordon.dev/original-labels": JSON.stringify({ app: "checkout", tier: "frontend", "pod-template-hash": "7d9f8" }) },
        },
      },
      status: 200,
    });
    const suspectPod = pod();
    expect(suspectPod.metadata.labels).toEqual({ [QUARANTINE_LABEL]: INCIDENT });
    expect(suspectPod.metadata.ownerReferences).toBeUndefined();
    expect((suspectPod.status as { phase: string }).phase).toBe("Running");
    expect((suspectPod.spec as { nodeName: string }).nodeName).toBe(suspect.node);
    const owned = h.cluster.state.list("pods", "payments").filter((p) => p.metadata.ownerReferences?.[0]?.name === suspect.replicaSet);
    expect(owned).toHaveLength(2);
  });
});

describe("release", () => {
  it("restores the node and the pod exactly, deleting only Cordon's policy", async () => {
    const nodeBefore = comparable(node());
    const podBefore = comparable(pod());
    await quarantine();
    await isolate(false);
    expect(node().spec).toMatchObject({ unschedulable: true });

    await release({ node: suspect.node });
    expect(comparable(node())).toEqual(nodeBefore);
    // The incident's pods on the node are released too; no pod of the incident is left in
    // payments, so Cordon's policy there goes with them.
    expect(h.cluster.state.get("networkpolicies", "payments", policyName)).toBeUndefined();
    expect(comparable(pod())).toEqual(podBefore);

    const sentNode = writes(h.cluster.requests).map(wire);
    expect(sentNode.slice(0, 4).map((r) => [r.method, r.path, r.body])).toEqual([
      ["PATCH", "/api/v1/nodes/worker-2", { metadata: { resourceVersion: expect.any(String) }, spec: { taints: null } }],
      ["PATCH", "/api/v1/nodes/worker-2", { spec: { unschedulable: null } }],
      [
        "PATCH",
        "/api/v1/nodes/worker-2",
        {
          metadata: {
            labels: { [QUARANTINE_LABEL]: null },
            annotations: {
              "cluster-autoscaler.kubernetes.io/scale-down-disabled": null,
              "karpenter.sh/do-not-disrupt": null,
              "cordon.dev/quarantined-by": null,
              "cordon.dev/pre-quarantine": null,
            },
          },
        },
      ],
      ["PATCH", "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp", { metadata: { labels: { [QUARANTINE_LABEL]: null }, annotations: { "cordon.dev/quarantined-by": null } } }],
    ]);
  });

  it("releases a pod: label gone, Cordon's policy deleted by name with a uid precondition, other policies kept", async () => {
    await h.cluster.state.put({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "team-policy", namespace: "payments" }, spec: { podSelector: {} } });
    const podBefore = comparable(pod());
    await isolate(false);
    const uid = h.cluster.state.get("networkpolicies", "payments", policyName)?.metadata.uid;
    await release({ namespace: suspect.namespace, pod: suspect.pod });
    const deletes = h.cluster.requests.filter((r) => r.method === "DELETE").map(wire);
    expect(deletes).toEqual([
      {
        method: "DELETE",
        path: `/apis/networking.k8s.io/v1/namespaces/payments/networkpolicies/${policyName}`,
        query: {},
        contentType: "application/json",
        body: { apiVersion: "v1", kind: "DeleteOptions", preconditions: { uid } },
        status: 200,
      },
    ]);
    expect(h.cluster.state.list("networkpolicies", "payments").map((p) => p.metadata.name)).toEqual(["team-policy"]);
    expect(comparable(pod())).toEqual(podBefore);
  });

  it("keeps the policy while another pod of the incident in the namespace stays isolated", async () => {
    const other = { namespace: "payments", name: "checkout-7d9f8-m4q9z" };
    const input = await readPodsForIsolation(h.connection, [suspectRef, other]);
    await execute(planPodIsolation({ incidentId: INCIDENT, ...input, now }));
    await release({ namespace: suspect.namespace, pod: suspect.pod });
    expect(h.cluster.requests.some((r) => r.method === "DELETE")).toBe(false);
    expect(h.cluster.state.get("networkpolicies", "payments", policyName)).toBeDefined();
    expect(h.cluster.state.get("pods", "payments", other.name)?.metadata.labels?.[QUARANTINE_LABEL]).toBe(INCIDENT);
  });

  it("leaves a node cordoned and tainted by its owners as it was", async () => {
    const ops = { key: "maintenance", value: "disk", effect: "NoSchedule" };
    h.cluster.state.put({ ...node(), spec: { ...(node().spec as object), unschedulable: true, taints: [ops] } });
    h.cluster.state.put({ ...node(), metadata: { ...node().metadata, annotations: { ...node().metadata.annotations, "karpenter.sh/do-not-disrupt": "false" } } });
    const before = comparable(node());
    await quarantine();
    expect((node().spec as { taints: unknown[] }).taints).toHaveLength(2);
    expect(node().metadata.annotations?.["karpenter.sh/do-not-disrupt"]).toBe("true");
    const summary = await release({ node: suspect.node });
    expect(summary.results.some((r) => r.key.endsWith(":uncordon"))).toBe(false);
    expect(comparable(node())).toEqual(before);
  });

  it("dry-run release changes nothing", async () => {
    await quarantine();
    const before = JSON.stringify(node());
    const input = await readReleaseInput(h.connection, INCIDENT, { node: suspect.node });
    h.cluster.clearRequests();
    const summary = await executePlan(h.connection, planRelease({ ...input, now }), { dryRun: true });
    expect(summary.ok).toBe(true);
    expect(JSON.stringify(node())).toBe(before);
    expect(writes(h.cluster.requests).every((r) => r.query.dryRun === "All")).toBe(true);
  });
});
