// Cluster actions share the worker fairly: a preview never waits behind an
// applied action, applied actions on different nodes run side by side, and
// two on the same node (or on a pod of that node) take turns. The node lock
// is PostgreSQL's, so this holds across worker processes too.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorFor } from "@/test/helpers/users";
import { getClusterAction } from "./get-cluster-action";
import { requestClusterAction } from "./request-cluster-action";
import { runClusterActionJob } from "./run-cluster-action-job";
import { declareIncidentFor, jobsFor, noSleep, startFixture, SUSPECT, writesOf, type Fixture } from "./test-support";

let f: Fixture | undefined;

afterEach(async () => {
  await f?.stop();
  f = undefined;
});

/** A run that stops after its first stored step until released: a long quarantine. */
function heldAfterFirstStep() {
  let release = () => {};
  let markReached = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (markReached = resolve));
  let first = true;
  const afterStepStored = async () => {
    if (!first) return;
    first = false;
    markReached();
    await released;
  };
  return { release, reached, afterStepStored };
}

const quarantine = (node: string, dryRun = false) => ({ action: "quarantine_node", target: { node }, options: { moveOtherWorkloads: false }, dryRun });
const isolateSuspect = { action: "isolate_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name }, options: {} };

async function request(fixture: Fixture, incidentId: string, body: Record<string, unknown>) {
  return requestClusterAction(fixture.lead, actorFor(fixture.lead), incidentId, { clusterId: fixture.clusterId, ...body });
}

async function statusOf(fixture: Fixture, incidentId: string, actionId: string) {
  return (await getClusterAction(fixture.lead, incidentId, actionId)).status;
}

/** Starts an applied action that holds after its first step; resolves once it is there. */
async function startHeld(fixture: Fixture, incidentId: string, node: string) {
  const action = await request(fixture, incidentId, quarantine(node));
  const hold = heldAfterFirstStep();
  const run = runClusterActionJob(action.id, { sleep: noSleep, afterStepStored: hold.afterStepStored });
  await hold.reached;
  return { id: action.id, run, release: hold.release };
}

describe("cluster actions running at once", () => {
  it("a preview goes to its own queue and completes while a long action runs, on another node or on the same", async () => {
    const fixture = (f = await startFixture());
    const incidentId = await declareIncidentFor(fixture.lead);
    const long = await startHeld(fixture, incidentId, "worker-2");
    expect(await statusOf(fixture, incidentId, long.id)).toBe("running");

    for (const node of ["worker-3", "worker-2"]) {
      const preview = await request(fixture, incidentId, quarantine(node, true));
      expect(await jobsFor(preview.id)).toEqual([{ name: "cluster-action-preview", singleton_key: preview.id }]);
      expect(await runClusterActionJob(preview.id, { sleep: noSleep })).toBe("done");
      expect(await statusOf(fixture, incidentId, preview.id)).toBe("previewed");
    }
    expect(await statusOf(fixture, incidentId, long.id)).toBe("running");

    long.release();
    expect(await long.run).toBe("done");
    expect(await statusOf(fixture, incidentId, long.id)).toBe("succeeded");
  });

  it("two applied actions on the same node take turns: the second waits, untouched, and runs once the first is done", async () => {
    const fixture = (f = await startFixture());
    const incidentId = await declareIncidentFor(fixture.lead);
    const first = await startHeld(fixture, incidentId, "worker-2");
    // The suspect pod runs on worker-2: isolating it touches the same node.
    const second = await request(fixture, incidentId, isolateSuspect);
    const again = await request(fixture, incidentId, quarantine("worker-2"));
    fixture.sandbox.clearRequests();

    expect(await runClusterActionJob(second.id, { sleep: noSleep })).toBe("node-busy");
    expect(await runClusterActionJob(again.id, { sleep: noSleep })).toBe("node-busy");
    expect(writesOf(fixture.sandbox.requests)).toEqual([]);
    expect(await statusOf(fixture, incidentId, second.id)).toBe("queued");
    // Each comes back a few seconds later as a new job of the same queue.
    const retries = await db.$queryRaw<{ name: string; later: boolean }[]>`
      select name, start_after > now() as later from pgboss.job where data->>'actionId' = ${second.id} order by created_on`;
    expect(retries).toEqual([
      { name: "cluster-action", later: false },
      { name: "cluster-action", later: true },
    ]);

    first.release();
    expect(await first.run).toBe("done");
    expect(await runClusterActionJob(second.id, { sleep: noSleep })).toBe("done");
    expect(await statusOf(fixture, incidentId, second.id)).toBe("succeeded");
  });

  it("two applied actions on different nodes run at the same time", async () => {
    const fixture = (f = await startFixture());
    const incidentId = await declareIncidentFor(fixture.lead);
    const [onWorker2, onWorker3] = await Promise.all([startHeld(fixture, incidentId, "worker-2"), startHeld(fixture, incidentId, "worker-3")]);
    // Both are between steps at this moment, each holding its own node.
    expect(await statusOf(fixture, incidentId, onWorker2.id)).toBe("running");
    expect(await statusOf(fixture, incidentId, onWorker3.id)).toBe("running");

    onWorker2.release();
    onWorker3.release();
    expect(await Promise.all([onWorker2.run, onWorker3.run])).toEqual(["done", "done"]);
    expect(await statusOf(fixture, incidentId, onWorker2.id)).toBe("succeeded");
    expect(await statusOf(fixture, incidentId, onWorker3.id)).toBe("succeeded");
  });
});
