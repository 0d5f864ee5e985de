// Cluster actions through the domain path: request → job handler → steps
// stored → timeline and audit, against a sandbox cluster started here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QUARANTINE_LABEL, quarantinePolicyName } from "@/lib/rules/quarantine";
import { db } from "@/lib/db";
import { expectAppError } from "@/test/helpers/incidents";
import { actorFor } from "@/test/helpers/users";
import { buildKubeconfig, startSandboxCluster } from "@/sandbox";
import { approveClusterAction } from "./approve-cluster-action";
import { ensureSandboxCluster } from "./ensure-sandbox-cluster";
import { getClusterAction } from "./get-cluster-action";
import { requestClusterAction } from "./request-cluster-action";
import { runClusterAction } from "./run-cluster-action";
import {
  declareIncidentFor,
  expectTimelineAudited,
  jobsFor,
  noSleep,
  quarantineBody,
  requestAndRun,
  startFixture,
  SUSPECT,
  timelineTypes,
  writesOf,
  type Fixture,
} from "./test-support";

let f: Fixture;

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f.stop();
});

beforeEach(() => {
  f.sandbox.clearRequests();
});

const node = (name = "worker-2") => f.sandbox.state.get("nodes", undefined, name);
const pod = () => f.sandbox.state.get("pods", SUSPECT.namespace, SUSPECT.name);

describe("quarantine_node", () => {
  it("queues a job with the action as its key, then makes exactly the planned calls and records each step", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody() });
    expect(requested).toMatchObject({ status: "queued", action: "quarantine_node", dryRun: false, clusterName: f.clusterName, steps: [] });
    expect(await jobsFor(requested.id)).toEqual([{ name: "cluster-action", singleton_key: requested.id }]);
    expect(f.sandbox.requests).toHaveLength(0);

    await runClusterAction(requested.id, { sleep: noSleep });
    const action = await getClusterAction(f.lead, incidentId, requested.id);
    expect(action.status).toBe("succeeded");

    const merge = "application/merge-patch+json";
    expect(writesOf(f.sandbox.requests).map((r) => [r.method, r.path, r.contentType, r.status])).toEqual([
      ["PATCH", "/api/v1/nodes/worker-2", merge, 200],
      ["PATCH", "/api/v1/nodes/worker-2", merge, 200],
      ["PATCH", "/api/v1/nodes/worker-2", merge, 200],
      ["PATCH", "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp", merge, 200],
      ["POST", "/api/v1/namespaces/default/events", "application/json", 201],
      ["POST", "/api/v1/namespaces/payments/events", "application/json", 201],
    ]);
    expect(writesOf(f.sandbox.requests)[0]?.body).toEqual({
      metadata: { resourceVersion: expect.any(String) },
      spec: { taints: [{ key: QUARANTINE_LABEL, value: incidentId, effect: "NoSchedule" }] },
    });
    expect(action.steps.map((s) => [s.key, s.method, s.httpStatus, s.outcome, s.attempts])).toEqual([
      ["node:worker-2:taint", "PATCH", 200, "applied", 1],
      ["node:worker-2:mark", "PATCH", 200, "applied", 1],
      ["node:worker-2:cordon", "PATCH", 200, "applied", 1],
      ["pod:payments/checkout-7d9f8-xk2lp:mark", "PATCH", 200, "applied", 1],
      ["event:node:worker-2:quarantine", "POST", 201, "applied", 1],
      ["event:pod:payments/checkout-7d9f8-xk2lp:quarantine", "POST", 201, "applied", 1],
    ]);
    expect(action.steps[2]?.requestBody).toEqual({ spec: { unschedulable: true } });

    expect(node()?.spec).toMatchObject({ unschedulable: true });
    expect(node()?.metadata.labels?.[QUARANTINE_LABEL]).toBe(incidentId);
    expect(pod()?.metadata.labels?.[QUARANTINE_LABEL]).toBe(incidentId);

    const types = await timelineTypes(incidentId);
    expect(types.slice(-9)).toEqual([
      "cluster_action_requested",
      "cluster_action_started",
      ...Array(6).fill("cluster_action_step"),
      "cluster_action_finished",
    ]);
    const finished = await db.timelineEvent.findFirstOrThrow({ where: { incidentId, type: "cluster_action_finished" }, select: { isKey: true, data: true, actorId: true } });
    expect(finished).toMatchObject({ isKey: true, actorId: f.lead.id, data: { status: "succeeded", counts: { applied: 6 } } });
    await expectTimelineAudited(incidentId);

    // Releasing restores the node and pod exactly as they were.
    const released = await requestAndRun(f, f.lead, incidentId, { action: "release", target: { node: "worker-2", suspectPods: [] } });
    expect(released.status).toBe("succeeded");
    expect(node()?.spec).not.toHaveProperty("unschedulable", true);
    expect(node()?.spec).not.toHaveProperty("taints");
    expect(node()?.metadata.labels?.[QUARANTINE_LABEL]).toBeUndefined();
    expect(Object.keys(node()?.metadata.annotations ?? {}).filter((k) => k.startsWith("cordon.dev/"))).toEqual([]);
    expect(pod()?.metadata.labels?.[QUARANTINE_LABEL]).toBeUndefined();
  });

  it("a dry run sends every write with dryRun=All, changes nothing and ends previewed", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const before = { nodes: f.sandbox.state.list("nodes"), pods: f.sandbox.state.list("pods"), version: f.sandbox.state.resourceVersion };
    const action = await requestAndRun(f, f.lead, incidentId, quarantineBody(true, true));
    expect(action.status).toBe("previewed");
    const sent = writesOf(f.sandbox.requests);
    expect(sent.length).toBeGreaterThan(6);
    for (const request of sent) expect(request.query).toMatchObject({ dryRun: "All" });
    expect(action.steps.every((s) => s.outcome === "dry-run")).toBe(true);
    expect(action.steps.some((s) => s.key.startsWith("evict:"))).toBe(true);
    expect({ nodes: f.sandbox.state.list("nodes"), pods: f.sandbox.state.list("pods"), version: f.sandbox.state.resourceVersion }).toEqual(before);
    // A preview is on the record once, not step by step.
    expect((await timelineTypes(incidentId)).filter((t) => t.startsWith("cluster_action"))).toEqual(["cluster_action_requested", "cluster_action_started", "cluster_action_finished"]);
  });

  it("fails with the cause when the node has vanished, sending nothing", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const action = await requestAndRun(f, f.lead, incidentId, { action: "quarantine_node", target: { node: "worker-9", suspectPods: [] } });
    expect(action.status).toBe("failed");
    expect(action.error).toBe("Nothing was changed: the action could not be planned: node worker-9 no longer exists on the cluster (404): it was deleted or never existed");
    expect(writesOf(f.sandbox.requests)).toEqual([]);
  });

  it("names the missing permission and shows what was and was not applied", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    f.sandbox.state.deny({ verb: "patch", resource: "pods" });
    try {
      const action = await requestAndRun(f, f.lead, incidentId, quarantineBody());
      expect(action.status).toBe("failed");
      expect(action.error).toContain("Cordon is not allowed to patch pods in namespace payments (403 Forbidden");
      expect(action.steps.map((s) => [s.key, s.outcome])).toEqual([
        ["node:worker-2:taint", "applied"],
        ["node:worker-2:mark", "applied"],
        ["node:worker-2:cordon", "applied"],
        ["pod:payments/checkout-7d9f8-xk2lp:mark", "failed"],
        ["event:node:worker-2:quarantine", "not-run"],
        ["event:pod:payments/checkout-7d9f8-xk2lp:quarantine", "not-run"],
      ]);
      expect(action.steps[3]?.failure).toMatchObject({ cause: "forbidden", missingPermission: { verb: "patch", resource: "pods" } });
    } finally {
      f.sandbox.state.resetPermissions();
      await requestAndRun(f, f.lead, incidentId, { action: "release", target: { node: "worker-2", suspectPods: [] } });
    }
  });
});

describe("a cluster that fails Cordon at run time", () => {
  it("marks the action failed with the cause when the cluster is unreachable or the credentials expired", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const gone = await startSandboxCluster();
    await gone.stop();
    const cases = [
      { kubeconfig: gone.kubeconfig, cause: /^Nothing was changed: the action could not be planned: cluster unreachable: .* refused the connection \(ECONNREFUSED\)/ },
      { kubeconfig: buildKubeconfig(f.sandbox.url, "expired-token"), cause: /rejected Cordon's credentials \(401 Unauthorized\)/ },
    ];
    for (const [index, { kubeconfig, cause }] of cases.entries()) {
      const cluster = await ensureSandboxCluster(kubeconfig, { name: `${f.clusterName}-bad${index}` });
      const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: cluster.id, ...quarantineBody() });
      await runClusterAction(requested.id, { sleep: noSleep });
      const action = await getClusterAction(f.lead, incidentId, requested.id);
      expect(action).toMatchObject({ status: "failed", steps: [] });
      expect(action.error).toMatch(cause);
    }
    expect(writesOf(f.sandbox.requests)).toEqual([]);
  });
});

describe("approval", () => {
  it("waits for a different person when the severity needs a second approver", async () => {
    const incidentId = await declareIncidentFor(f.lead, "SEV1");
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "isolate_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name }, dryRun: true });
    expect(preview.status).toBe("previewed");

    const waiting = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, action: "isolate_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name } });
    expect(waiting).toMatchObject({ status: "awaiting_approval", canApprove: false });
    expect(await jobsFor(waiting.id)).toEqual([]);
    await runClusterAction(waiting.id, { sleep: noSleep });
    expect((await getClusterAction(f.lead, incidentId, waiting.id)).status).toBe("awaiting_approval");
    expect(writesOf(f.sandbox.requests).filter((r) => !("dryRun" in r.query))).toEqual([]);

    await expectAppError(approveClusterAction(f.lead, actorFor(f.lead), incidentId, waiting.id), "FORBIDDEN", /a different person must approve/);
    expect((await getClusterAction(f.responder, incidentId, waiting.id)).canApprove).toBe(true);
    const approved = await approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id);
    expect(approved).toMatchObject({ status: "queued", approvedById: f.responder.id });
    expect(await jobsFor(waiting.id)).toEqual([{ name: "cluster-action", singleton_key: waiting.id }]);
    await expectAppError(approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id), "CONFLICT", /not waiting for approval/);

    await runClusterAction(waiting.id, { sleep: noSleep });
    expect((await getClusterAction(f.lead, incidentId, waiting.id)).status).toBe("succeeded");
    expect(f.sandbox.state.list("networkpolicies", SUSPECT.namespace).map((p) => p.metadata.name)).toEqual([quarantinePolicyName(incidentId)]);
    expect(await timelineTypes(incidentId)).toContain("cluster_action_approved");
    await expectTimelineAudited(incidentId);

    // An approval stands for a previewed plan: the release is previewed first.
    await requestAndRun(f, f.lead, incidentId, { action: "release", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name }, dryRun: true });
    const released = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, action: "release", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name } });
    await approveClusterAction(f.responder, actorFor(f.responder), incidentId, released.id);
    await runClusterAction(released.id, { sleep: noSleep });
    expect((await getClusterAction(f.lead, incidentId, released.id)).status).toBe("succeeded");
    expect(f.sandbox.state.list("networkpolicies", SUSPECT.namespace)).toEqual([]);
  });
});
