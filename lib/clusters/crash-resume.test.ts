// Kill the worker mid-quarantine and run the job again: the action completes,
// and every write reaches the cluster exactly once (checked on the sandbox's
// request log), whether the crash comes among the node writes or among the
// parallel evictions.
import { afterEach, describe, expect, it } from "vitest";
import { seedWithBusyNode, type RecordedRequest, type SandboxSeed } from "@/sandbox";
import { db } from "@/lib/db";
import { closeConnection } from "@/lib/kubernetes/kube-connection";
import { sendStep } from "@/lib/kubernetes/kube-request";
import { actorFor } from "@/test/helpers/users";
import { getClusterAction } from "./get-cluster-action";
import { connectToCluster, loadClusterCredentials } from "./open-cluster-connection";
import { requestClusterAction } from "./request-cluster-action";
import { runClusterAction } from "./run-cluster-action";
import type { WritePlan } from "./stored-plan";
import { declareIncidentFor, noSleep, quarantineBody, startFixture, writesOf, type Fixture } from "./test-support";

let f: Fixture | undefined;

afterEach(async () => {
  await f?.stop();
  f = undefined;
});

class SimulatedCrash extends Error {}

/** A hook that "kills the worker" right after the n-th step is stored. */
function crashAfter(n: number) {
  let stored = 0;
  return () => {
    stored += 1;
    if (stored === n) throw new SimulatedCrash(`worker killed after ${n} steps`);
  };
}

const signature = (r: RecordedRequest) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`;

function expectEachWriteOnce(requests: RecordedRequest[], steps: number) {
  const writes = writesOf(requests);
  const succeeded = writes.filter((r) => r.status >= 200 && r.status < 300);
  expect(succeeded).toHaveLength(steps);
  expect(new Set(succeeded.map(signature)).size).toBe(steps);
  // A resent step would meet a conflict (taint, event) or a missing pod (eviction).
  expect(writes.filter((r) => r.status === 409 || r.status === 404)).toEqual([]);
  // Only the disruption budget's refusals are repeated, as retries of one step.
  expect(writes.filter((r) => r.status === 429).map((r) => r.path)).toEqual([
    "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction",
    "/api/v1/namespaces/default/pods/web-5c8d7-q8r2n/eviction",
  ]);
}

async function crashAndResume(crashAt: number, seed?: SandboxSeed) {
  f = await startFixture(seed);
  const incidentId = await declareIncidentFor(f.lead);
  const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody(true) });
  f.sandbox.clearRequests();

  await expect(runClusterAction(requested.id, { sleep: noSleep, afterStepStored: crashAfter(crashAt) })).rejects.toBeInstanceOf(SimulatedCrash);
  const interrupted = await getClusterAction(f.lead, incidentId, requested.id);
  expect(interrupted.status).toBe("running");
  const planned = interrupted.steps.length;
  const storedBefore = interrupted.steps.filter((s) => s.outcome === "applied").length;
  expect(storedBefore).toBeGreaterThanOrEqual(crashAt);
  expect(storedBefore).toBeLessThan(planned);

  await runClusterAction(requested.id, { sleep: noSleep });
  const finished = await getClusterAction(f.lead, incidentId, requested.id);
  expect(finished.status).toBe("succeeded");
  expect(finished.steps).toHaveLength(planned);
  expect(finished.steps.every((s) => s.outcome === "applied")).toBe(true);
  expectEachWriteOnce(f.sandbox.requests, planned);
  // Planned once: the resumed run replayed the stored plan instead of listing the node's pods again.
  expect(f.sandbox.requests.filter((r) => r.method === "GET" && r.path === "/api/v1/pods")).toHaveLength(1);
  expect(await db.timelineEvent.count({ where: { incidentId, type: "cluster_action_started" } })).toBe(1);
  expect(await db.timelineEvent.count({ where: { incidentId, type: "cluster_action_finished" } })).toBe(1);

  // Running the finished job once more sends nothing.
  const sent = f.sandbox.requests.length;
  await runClusterAction(requested.id, { sleep: noSleep });
  expect(f.sandbox.requests).toHaveLength(sent);
  return finished;
}

describe("crash and resume", () => {
  it("completes once after a crash among the node writes", async () => {
    const finished = await crashAndResume(2);
    expect(finished.steps.find((s) => s.key === "evict:default/web-5c8d7-q8r2n")).toMatchObject({ attempts: 3, httpStatus: 201 });
    const node = f!.sandbox.state.get("nodes", undefined, "worker-2");
    expect(node?.spec).toMatchObject({ unschedulable: true, taints: [expect.objectContaining({ effect: "NoSchedule" })] });
    expect(f!.sandbox.state.podsOnNode("worker-2").map((p) => p.metadata.name)).toContain("checkout-7d9f8-xk2lp");
  });

  it("completes once after a crash among the parallel evictions", async () => {
    // Forty pods on the node: more evictions than run at once, so some are
    // done, some in flight and some not started when the worker dies.
    const finished = await crashAndResume(12, seedWithBusyNode(40));
    expect(finished.steps.filter((s) => s.key.startsWith("evict:")).length).toBeGreaterThan(20);
  });
});

describe("a write that reached the cluster as its worker died", () => {
  it("is found in effect by the resumed run and not sent a second time", async () => {
    f = await startFixture();
    const incidentId = await declareIncidentFor(f.lead);
    const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody(true) });
    f.sandbox.clearRequests();
    await expect(runClusterAction(requested.id, { sleep: noSleep, afterStepStored: crashAfter(2) })).rejects.toBeInstanceOf(SimulatedCrash);

    // The dead worker's next write (the cordon) arrived; its answer never came back.
    const { plan } = await db.clusterAction.findUniqueOrThrow({ where: { id: requested.id }, select: { plan: true } });
    const inFlight = (plan as unknown as WritePlan).steps[2]!;
    expect(inFlight.key).toBe("node:worker-2:cordon");
    const connection = connectToCluster(await loadClusterCredentials(f.clusterId));
    expect((await sendStep(connection, inFlight)).status).toBe(200);
    await closeConnection(connection);

    await runClusterAction(requested.id, { sleep: noSleep });
    const finished = await getClusterAction(f.lead, incidentId, requested.id);
    expect(finished.status).toBe("succeeded");
    expect(finished.steps.find((s) => s.key === inFlight.key)).toMatchObject({ outcome: "already-done", note: expect.stringContaining("already on the cluster") });
    expect(finished.steps.filter((s) => s.key !== inFlight.key).every((s) => s.outcome === "applied")).toBe(true);
    const cordons = writesOf(f.sandbox.requests).filter((r) => r.path === inFlight.path && JSON.stringify(r.body) === JSON.stringify(inFlight.body));
    expect(cordons).toHaveLength(1);
    expectEachWriteOnce(f.sandbox.requests, finished.steps.length);
  });
});
