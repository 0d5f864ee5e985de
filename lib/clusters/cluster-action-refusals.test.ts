// What Cordon refuses before anything is queued: destructive requests (with
// the reason), drills aimed at a real cluster, closed incidents, bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxCluster, type SandboxCluster } from "@/sandbox";
import { db } from "@/lib/db";
import { REFUSAL_MESSAGES } from "@/lib/rules/quarantine";
import { declareAs, expectAppError, recordOf, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { registerCluster } from "./register-cluster";
import { requestClusterAction } from "./request-cluster-action";
import { declareIncidentFor, startFixture, SUSPECT, type Fixture } from "./test-support";

let f: Fixture;
let real: SandboxCluster;
let realClusterId: string;

beforeAll(async () => {
  f = await startFixture();
  // A second API server registered the ordinary way: to Cordon it is a real cluster.
  real = await startSandboxCluster();
  const admin = await makeUser("ADMIN");
  realClusterId = (await registerCluster(admin, actorFor(admin), { name: `prod-${uniqueWord("r").slice(0, 10)}`, kubeconfig: real.kubeconfig })).id;
});

afterAll(async () => {
  await real.stop();
  await f.stop();
});

const request = (incidentId: string, body: Record<string, unknown>, clusterId = f.clusterId) =>
  requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId, target: { node: "worker-2", suspectPods: [SUSPECT] }, ...body });

describe("refusals", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["deleting a pod", { action: "delete_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name } }, REFUSAL_MESSAGES.delete],
    ["restarting a node", { action: "restart_node" }, REFUSAL_MESSAGES.restart],
    ["draining the node", { action: "drain_node" }, REFUSAL_MESSAGES.drain],
    ["evicting the suspects", { action: "quarantine_node", options: { moveOtherWorkloads: true, evictSuspects: true } }, REFUSAL_MESSAGES["evict-suspect"]],
    ["a NoExecute taint", { action: "quarantine_node", options: { taintEffect: "NoExecute" } }, REFUSAL_MESSAGES["no-execute"]],
    ["scaling to zero", { action: "isolate_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name }, options: { replicas: 0 } }, REFUSAL_MESSAGES["scale-to-zero"]],
  ];
  for (const [what, body, message] of cases) {
    it(`refuses ${what} with the reason and records nothing`, async () => {
      const incidentId = await declareIncidentFor(f.lead);
      const before = await recordOf(incidentId);
      f.sandbox.clearRequests();
      const error = await expectAppError(request(incidentId, body), "BAD_REQUEST");
      expect(error.message).toBe(message);
      expect(await recordOf(incidentId)).toEqual(before);
      expect(await db.clusterAction.count({ where: { incidentId } })).toBe(0);
      expect(f.sandbox.requests).toEqual([]);
    });
  }
});

describe("where and when actions may run", () => {
  it("refuses a drill acting on a real cluster, and lets it act on the sandbox", async () => {
    const drill = await declareIncidentFor(f.lead, "SEV3", true);
    real.clearRequests();
    await expectAppError(request(drill, { action: "collect_events" }, realClusterId), "BAD_REQUEST", /drills act only on the sandbox cluster\. prod-\S+ is a real cluster; choose the sandbox\./);
    expect(real.requests).toEqual([]);
    await expect(request(drill, { action: "collect_events" })).resolves.toMatchObject({ status: "queued" });
  });

  it("refuses unknown clusters, malformed targets and closed incidents with a clear message", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    await expectAppError(request(incidentId, { action: "collect_events" }, "7d1c6c1e-0000-4000-8000-000000000000"), "BAD_REQUEST", "No registered cluster has this id");
    await expectAppError(request(incidentId, { action: "quarantine_node", target: { node: "Worker 2" } }), "BAD_REQUEST", /target.node: node must be a Kubernetes object name/);
    await expectAppError(request(incidentId, { action: "checkpoint_container", target: { namespace: "payments", pod: "p" } }), "BAD_REQUEST", /needs target.container/);
    await expectAppError(request(incidentId, { action: "format_disk" }), "BAD_REQUEST", /action must be one of/);
    await db.incident.update({ where: { id: incidentId }, data: { status: "CLOSED" } });
    await expectAppError(request(incidentId, { action: "collect_events" }), "CONFLICT", /is closed: reopen it before acting on a cluster/);
  });

  it("hides another team's restricted incident as not found", async () => {
    const other = await makeUser("LEAD");
    const hidden = await declareAs(other, { restricted: true });
    await expectAppError(request(hidden.id, { action: "collect_events" }), "NOT_FOUND", "Incident not found");
  });
});
