// Evidence helpers against the sandbox: streams, JSON, checkpoints and
// snapshots, and the plain-language errors when a node cannot provide them.
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ClusterError } from "./cluster-failure";
import {
  checkpointContainer,
  createVolumeSnapshot,
  fetchEvents,
  fetchManifests,
  pickRetainClass,
  SnapshotError,
  streamNodeLogs,
  streamPodLogs,
  waitForSnapshotReady,
} from "./collect";
import { SEED } from "@/sandbox";
import { expectNothingDestroyed, INCIDENT, recordingSleep, startHarness, type Harness } from "./test-harness";

let h: Harness;
const { suspect } = SEED;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  expectNothingDestroyed(h.cluster.requests);
  await h.cluster.stop();
});

async function failure(promise: Promise<unknown>): Promise<ClusterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ClusterError)) throw new Error(`expected a ClusterError, got ${String(error)}`);
  return error;
}

describe("pod logs", () => {
  it("streams current and previous logs with timestamps", async () => {
    const current = await streamPodLogs(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "metrics-agent" });
    expect(current).toBeInstanceOf(Readable);
    expect(await text(current)).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z /);
    const previous = await text(await streamPodLogs(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "metrics-agent", previous: true }));
    expect(previous.length).toBeGreaterThan(0);
    expect(h.cluster.requests.at(-1)?.query).toEqual({ container: "metrics-agent", timestamps: "true", previous: "true" });
  });

  it("says plainly when a container has no previous instance", async () => {
    const error = await failure(streamPodLogs(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "checkout", previous: true }));
    expect(error.message).toBe("container checkout of pod payments/checkout-7d9f8-xk2lp has no previous instance (it has not restarted), so there are no previous logs");
  });

  it("reports a vanished pod", async () => {
    const error = await failure(streamPodLogs(h.connection, { namespace: "payments", pod: "gone-123", container: "c" }));
    expect(error.failure).toMatchObject({ cause: "not-found", status: 404 });
    expect(error.message).toBe("pod gone-123 no longer exists on the cluster (404): it was deleted or never existed");
  });
});

describe("node logs", () => {
  it("streams the kubelet journal through the node proxy", async () => {
    const logs = await text(await streamNodeLogs(h.connection, { node: "worker-2", service: "kubelet", sinceTime: "2000-01-01T00:00:00Z" }));
    expect(logs).toContain("worker-2");
    expect(h.cluster.requests.at(-1)).toMatchObject({ path: "/api/v1/nodes/worker-2/proxy/logs/", query: { query: "kubelet", sinceTime: "2000-01-01T00:00:00Z" } });
  });

  it("says NodeLogQuery is not enabled", async () => {
    h.cluster.state.setNodeLogQuery("worker-2", false);
    const error = await failure(streamNodeLogs(h.connection, { node: "worker-2", service: "kubelet" }));
    expect(error.message).toMatch(/^node log query is not enabled on node worker-2: turn on the NodeLogQuery feature gate/);
  });
});

describe("events and manifests", () => {
  it("fetches node and pod events as JSON", async () => {
    const nodeEvents = await fetchEvents(h.connection, { node: "worker-2" });
    expect(nodeEvents.items.map((e) => (e as { reason: string }).reason)).toContain("OOMKilling");
    expect(nodeEvents.source).toBe("/api/v1/events?fieldSelector=involvedObject.kind=Node,involvedObject.name=worker-2");
    const podEvents = await fetchEvents(h.connection, { namespace: suspect.namespace, pod: suspect.pod });
    expect(podEvents.items.map((e) => (e as { reason: string }).reason)).toContain("BackOff");
  });

  it("fetches the pod, its owner chain and its node", async () => {
    const manifests = await fetchManifests(h.connection, { namespace: suspect.namespace, pod: suspect.pod });
    expect(manifests.entries.map((e) => `${e.role}:${e.ref.kind}/${e.ref.name}`)).toEqual([
      "pod:Pod/checkout-7d9f8-xk2lp",
      "owner:ReplicaSet/checkout-7d9f8",
      "owner:Deployment/checkout",
      "node:Node/worker-2",
    ]);
    expect(manifests.entries.every((e) => e.object !== undefined)).toBe(true);
  });

  it("records an unreadable object as missing instead of failing", async () => {
    h.cluster.state.deny({ verb: "get", resource: "deployments" });
    const manifests = await fetchManifests(h.connection, { node: "worker-2", suspectPods: [{ namespace: suspect.namespace, name: suspect.pod }] });
    const deployment = manifests.entries.find((e) => e.ref.kind === "Deployment");
    expect(deployment?.missing).toContain("Cordon is not allowed to get deployments in API group apps");
    expect(manifests.entries[0]?.role).toBe("node");
  });
});

describe("container checkpoint", () => {
  it("returns the archive path on the node", async () => {
    const result = await checkpointContainer(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "metrics-agent", timeoutSeconds: 30 });
    expect(result.node).toBe("worker-2");
    expect(result.path).toMatch(/^\/var\/lib\/kubelet\/checkpoints\/checkpoint-checkout-7d9f8-xk2lp_payments-metrics-agent-.*\.tar$/);
    expect(h.cluster.requests.at(-1)).toMatchObject({ method: "POST", path: "/api/v1/nodes/worker-2/proxy/checkpoint/payments/checkout-7d9f8-xk2lp/metrics-agent", query: { timeout: "30" } });
    expect(h.cluster.state.checkpoints).toHaveLength(1);
  });

  it("explains a 404 as the feature gate being off", async () => {
    h.cluster.state.setCheckpoint("worker-2", "gate-off");
    const error = await failure(checkpointContainer(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "metrics-agent" }));
    expect(error.message).toMatch(/^the ContainerCheckpoint feature gate is off on node worker-2/);
  });

  it("explains a 500 as the runtime lacking checkpoint support", async () => {
    h.cluster.state.setCheckpoint("worker-2", "unsupported");
    const error = await failure(checkpointContainer(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "metrics-agent", node: "worker-2" }));
    expect(error.message).toBe(
      "the container runtime on node worker-2 does not support checkpoints (it needs CRIU support enabled): checkpointing of payments/checkout-7d9f8-xk2lp/metrics-agent failed (rpc error: code = Unimplemented desc = method CheckpointContainer not implemented)",
    );
    expect(error.failure.status).toBe(500);
  });

  it("tells a missing container from a disabled gate", async () => {
    const error = await failure(checkpointContainer(h.connection, { namespace: suspect.namespace, pod: suspect.pod, container: "nope", node: "worker-2" }));
    expect(error.message).toBe("the kubelet on node worker-2 does not know container nope of pod payments/checkout-7d9f8-xk2lp: container nope does not exist");
  });
});

describe("volume snapshot", () => {
  it("uses the Retain class (not the default Delete one) and waits until ready", async () => {
    const created = await createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: SEED.suspect.claim, incidentId: INCIDENT });
    expect(created).toMatchObject({ namespace: "payments", created: true, snapshotClass: { name: "csi-retain", deletionPolicy: "Retain" } });
    expect(h.cluster.requests.at(-1)?.body).toMatchObject({
      kind: "VolumeSnapshot",
      metadata: { name: created.name, labels: { "cordon.dev/quarantine": INCIDENT } },
      spec: { volumeSnapshotClassName: "csi-retain", source: { persistentVolumeClaimName: "checkout-uploads" } },
    });
    const { sleep, delays } = recordingSleep();
    const ready = await waitForSnapshotReady(h.connection, created, { sleep, intervalMs: 500 });
    expect(ready).toMatchObject({ polls: 2, restoreSize: "10Gi", contentName: expect.stringMatching(/^snapcontent-/) });
    expect(delays).toEqual([500]);
  });

  it("is idempotent: a second request returns the existing snapshot", async () => {
    await createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "ledger-data", incidentId: INCIDENT });
    const again = await createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "ledger-data", incidentId: INCIDENT });
    expect(again.created).toBe(false);
    expect(h.cluster.state.list("volumesnapshots", "payments")).toHaveLength(1);
  });

  it("refuses a Delete class and a cluster without any Retain class", async () => {
    await expect(createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "ledger-data", incidentId: INCIDENT, snapshotClassName: "csi-delete" })).rejects.toThrow(
      /csi-delete has deletionPolicy Delete: deleting the snapshot object would delete the evidence/,
    );
    h.cluster.state.store.remove("volumesnapshotclasses", undefined, "csi-retain");
    await expect(createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "ledger-data", incidentId: INCIDENT })).rejects.toThrow(SnapshotError);
    expect(h.cluster.state.list("volumesnapshots")).toHaveLength(0);
  });

  it("reports a snapshot the driver failed, and one that never gets ready", async () => {
    const broken = await createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "no-such-claim", incidentId: INCIDENT });
    await expect(waitForSnapshotReady(h.connection, broken, { sleep: recordingSleep().sleep })).rejects.toThrow(/failed: .*persistentvolumeclaim "no-such-claim" not found/);
    const slow = await createVolumeSnapshot(h.connection, { namespace: "payments", pvcName: "ledger-data", incidentId: INCIDENT });
    await expect(waitForSnapshotReady(h.connection, slow, { sleep: recordingSleep().sleep, maxPolls: 1 })).rejects.toThrow(/not ready after 1 checks/);
  });

  it("picks the default Retain class first, then by name", () => {
    const c = (name: string, deletionPolicy: string, isDefault = false) => ({ name, driver: "d", deletionPolicy, isDefault });
    expect(pickRetainClass([c("b", "Retain"), c("a", "Retain"), c("z", "Delete", true)]).name).toBe("a");
    expect(pickRetainClass([c("b", "Retain", true), c("a", "Retain")]).name).toBe("b");
    expect(() => pickRetainClass([c("x", "Retain")], "y")).toThrow("there is no VolumeSnapshotClass named y");
  });
});
