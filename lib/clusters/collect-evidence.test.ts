// Evidence actions end to end: the cluster's answer streamed into the
// evidence store with its hash, or recorded by reference, each step stored
// with what it produced — and plain causes when a node cannot provide it.
// Cloud disk snapshots have their own file (snapshot-node-disk.test.ts).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getEvidenceStore } from "@/lib/evidence/evidence-store-instance";
import { declareIncidentFor, requestAndRun, startFixture, SUSPECT, type Fixture } from "./test-support";

let f: Fixture;
const podTarget = (container?: string) => ({ namespace: SUSPECT.namespace, pod: SUSPECT.name, ...(container ? { container } : {}) });

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f.stop();
});

beforeEach(() => {
  f.sandbox.clearRequests();
});

async function hashOfStored(location: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of await getEvidenceStore().get(location)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const evidenceOf = (incidentId: string) =>
  db.evidence.findMany({
    where: { incidentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, title: true, sha256: true, size: true, location: true, reference: true, sourceCluster: true, sourceNode: true, sourcePod: true, sourceContainer: true, acquisitionMethod: true },
  });

describe("collect_pod_logs", () => {
  it("streams current logs of every container and previous logs where one restarted, each with its hash", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const action = await requestAndRun(f, f.lead, incidentId, { action: "collect_pod_logs", target: podTarget() });
    expect(action.status).toBe("succeeded");
    expect(action.steps.map((s) => [s.key, s.outcome, s.httpStatus])).toEqual([
      ["logs:payments/checkout-7d9f8-xk2lp/checkout:current", "applied", 200],
      ["logs:payments/checkout-7d9f8-xk2lp/metrics-agent:current", "applied", 200],
      ["logs:payments/checkout-7d9f8-xk2lp/metrics-agent:previous", "applied", 200],
    ]);
    const logReads = f.sandbox.requests.filter((r) => r.path.endsWith("/log"));
    expect(logReads.map((r) => r.query)).toEqual([
      { container: "checkout", timestamps: "true", previous: "false" },
      { container: "metrics-agent", timestamps: "true", previous: "false" },
      { container: "metrics-agent", timestamps: "true", previous: "true" },
    ]);

    const evidence = await evidenceOf(incidentId);
    expect(evidence.map((e) => [e.kind, e.sourceCluster, e.sourceNode, e.sourcePod, e.sourceContainer])).toEqual([
      ["POD_LOGS", f.clusterName, "worker-2", SUSPECT.name, "checkout"],
      ["POD_LOGS", f.clusterName, "worker-2", SUSPECT.name, "metrics-agent"],
      ["POD_LOGS", f.clusterName, "worker-2", SUSPECT.name, "metrics-agent"],
    ]);
    for (const [index, item] of evidence.entries()) {
      expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await hashOfStored(item.location ?? "")).toBe(item.sha256);
      expect(action.steps[index]?.evidence).toEqual({ id: item.id, sha256: item.sha256, size: Number(item.size) });
    }
    expect(evidence[2]?.acquisitionMethod).toContain("previous=true");
    expect(await db.timelineEvent.count({ where: { incidentId, type: "evidence_added" } })).toBe(3);
  });

  it("previews without collecting, and fails plainly for a pod that is gone", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "collect_pod_logs", target: podTarget("metrics-agent"), dryRun: true });
    expect(preview.status).toBe("previewed");
    expect(preview.steps.map((s) => s.outcome)).toEqual(["dry-run", "dry-run"]);
    expect(f.sandbox.requests.filter((r) => r.path.endsWith("/log"))).toEqual([]);
    expect(await evidenceOf(incidentId)).toEqual([]);

    const gone = await requestAndRun(f, f.lead, incidentId, { action: "collect_pod_logs", target: { namespace: "payments", pod: "gone-123" } });
    expect(gone).toMatchObject({ status: "failed", error: expect.stringContaining("pod gone-123 no longer exists on the cluster (404)") });
  });
});

describe("events, manifests and node logs", () => {
  it("keeps events and manifests as JSON and node logs as text", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    for (const action of ["collect_events", "collect_manifests"]) {
      expect((await requestAndRun(f, f.lead, incidentId, { action, target: podTarget() })).status).toBe("succeeded");
    }
    const nodeLogs = await requestAndRun(f, f.lead, incidentId, { action: "collect_node_logs", target: { node: "worker-2" }, options: { services: ["kubelet", "containerd"] } });
    expect(nodeLogs.status).toBe("succeeded");
    const kinds = (await evidenceOf(incidentId)).map((e) => e.kind);
    expect(kinds).toEqual(["EVENTS", "OBJECT_MANIFEST", "NODE_LOGS", "NODE_LOGS"]);
  });

  it("says when the node does not answer log queries", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    f.sandbox.state.setNodeLogQuery("worker-3", false);
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "collect_node_logs", target: { node: "worker-3" }, dryRun: true });
    expect(preview.status).toBe("failed");
    expect(preview.steps[0]?.failure).toMatchObject({ message: expect.stringContaining("node log query is not enabled on node worker-3") });
  });
});

describe("checkpoints and snapshots", () => {
  it("records a checkpoint by reference, and explains a gate that is off or a runtime without support", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const done = await requestAndRun(f, f.lead, incidentId, { action: "checkpoint_container", target: podTarget("metrics-agent") });
    expect(done.status).toBe("succeeded");
    const [checkpoint] = await evidenceOf(incidentId);
    expect(checkpoint).toMatchObject({ kind: "CONTAINER_CHECKPOINT", reference: { provider: "kubelet", snapshotId: expect.stringContaining("/var/lib/kubelet/checkpoints/") } });

    f.sandbox.state.setCheckpoint("worker-2", "gate-off");
    const gateOff = await requestAndRun(f, f.lead, incidentId, { action: "checkpoint_container", target: podTarget("checkout") });
    expect(gateOff.error).toContain("the ContainerCheckpoint feature gate is off on node worker-2");
    f.sandbox.state.setCheckpoint("worker-2", "unsupported");
    const unsupported = await requestAndRun(f, f.lead, incidentId, { action: "checkpoint_container", target: podTarget("checkout") });
    expect(unsupported.error).toContain("the container runtime on node worker-2 does not support checkpoints");
    expect(unsupported.steps[0]).toMatchObject({ outcome: "failed", httpStatus: 500 });
    f.sandbox.state.setCheckpoint("worker-2", "enabled");
  });

  it("snapshots a mounted volume with a Retain class, previewing it first with a server-side dry run", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const options = { pvcName: "checkout-uploads" };
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_volume", target: podTarget(), options, dryRun: true });
    expect(preview.status).toBe("previewed");
    expect(f.sandbox.state.list("volumesnapshots")).toEqual([]);
    expect(f.sandbox.requests.find((r) => r.method === "POST")?.query).toEqual({ dryRun: "All" });

    const done = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_volume", target: podTarget(), options });
    expect(done.status).toBe("succeeded");
    const [snapshot] = await evidenceOf(incidentId);
    expect(snapshot).toMatchObject({ kind: "VOLUME_SNAPSHOT", reference: { retainPolicy: "Retain", diskId: "payments/checkout-uploads" } });

    const wrong = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_volume", target: podTarget(), options: { pvcName: "ledger-data" } });
    expect(wrong.error).toBe("Nothing was changed: the action could not be planned: pod payments/checkout-7d9f8-xk2lp does not mount the volume claim ledger-data; it mounts: checkout-uploads");
  });
});
