// snapshot_node_disk end to end: an action on the sandbox cluster, whose
// nodes carry GCE providerIDs (plus one EC2 node added here), runs through
// the cluster's stored cloud provider against fake Compute / EC2 APIs that
// speak the real protocols — previewed first, then applied, recorded as
// evidence by reference, and refused plainly when it cannot be done.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { KubeObject } from "@/sandbox";
import { db } from "@/lib/db";
import { hashCanonicalJson } from "@/lib/evidence/canonical-json";
import { startFakeAws, type FakeAws } from "@/test/fixtures/cloud/fake-aws";
import { startFakeGce, type FakeGce } from "@/test/fixtures/cloud/fake-gce";
import { makeServiceAccount } from "@/test/fixtures/cloud/service-account";
import { actorFor, makeUser } from "@/test/helpers/users";
import { parseProviderId } from "./cloud/provider-id";
import { removeCloudProvider } from "./cloud/remove-cloud-provider";
import { setCloudProvider } from "./cloud/set-cloud-provider";
import { declareIncidentFor, requestAndRun, startFixture, type Fixture } from "./test-support";

const account = makeServiceAccount();
const GROUP = "gke-cordon-sandbox-default-pool-3b1e-grp";
const AWS_NODE = "ip-10-0-7-21.eu-west-1.compute.internal";
const AWS_INSTANCE = "i-0a1b2c3d4e5f60718";
const KEY = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
let f: Fixture;
let gce: FakeGce;
let aws: FakeAws;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  f = await startFixture();
  admin = await makeUser("ADMIN");
  // The sandbox's own nodes, as GCE instances created by one managed group.
  const instances = f.sandbox.state.list("nodes").flatMap((node) => {
    const parsed = parseProviderId(String((node.spec as { providerID?: string }).providerID));
    return parsed?.kind === "gce" ? [{ project: parsed.project, zone: parsed.zone, name: parsed.instance, disks: [{ name: parsed.instance, boot: true }], group: GROUP }] : [];
  });
  gce = await startFakeGce({ serviceAccount: account, instances });
  aws = await startFakeAws({ keys: { [KEY.accessKeyId]: { secret: KEY.secretAccessKey } }, instances: [{ instanceId: AWS_INSTANCE, zone: "eu-west-1a", volumes: [{ volumeId: "vol-0aa11bb22cc33dd44", device: "/dev/xvda" }] }] });
  const worker3 = f.sandbox.state.get("nodes", undefined, "worker-3") as KubeObject;
  f.sandbox.state.put({ ...worker3, metadata: { name: AWS_NODE, labels: { "kubernetes.io/hostname": AWS_NODE } }, spec: { providerID: `aws:///eu-west-1a/${AWS_INSTANCE}` } });
});

afterAll(async () => {
  await Promise.all([gce.stop(), aws.stop()]);
  await f.stop();
});

beforeEach(() => {
  gce.reset();
  aws.reset();
  f.sandbox.clearRequests();
});

// Saving checks the credentials with the fixture (a sign-in and one read):
// forgotten, so each test sees only the calls the action made.
const useGce = async () => {
  await setCloudProvider(admin, actorFor(admin), f.clusterId, { kind: "gce", serviceAccountKey: account.keyFile(gce.tokenUri), apiEndpoint: gce.url });
  gce.reset();
};
const useAws = async () => {
  await setCloudProvider(admin, actorFor(admin), f.clusterId, { kind: "aws", region: "eu-west-1", ...KEY, apiEndpoint: aws.url });
  aws.reset();
};
const evidenceOf = (incidentId: string) =>
  db.evidence.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, title: true, sha256: true, size: true, reference: true, sourceCluster: true, sourceNode: true, acquisitionMethod: true, mediaType: true } });
const gceCalls = () => gce.requests.map((r) => `${r.method} ${r.path.replace(/^.*\/zones\/[^/]+\//, "…/").replace(/\/operations\/[^/]+\//, "/operations/{op}/")}`);

describe("snapshot_node_disk", () => {
  it("fails clearly without a cloud provider, naming what to do instead", async () => {
    await removeCloudProvider(actorFor(admin), f.clusterId);
    const incidentId = await declareIncidentFor(f.lead);
    const none = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-2" } });
    expect(none.status).toBe("failed");
    expect(none.error).toContain(`no cloud provider configured for this cluster: node worker-2 runs on "gce://cordon-sandbox/europe-west1-c/worker-2". An administrator sets the cluster's cloud provider (Clusters → ${f.clusterName} → Cloud provider)`);
    expect(none.steps[0]).toMatchObject({ outcome: "failed", method: "POST", path: "cloud-provider:gce://cordon-sandbox/europe-west1-c/worker-2" });
  });

  it("GCE: previews touching nothing, then snapshots the node's disk, abandons it from its group and records the snapshot as evidence by reference", async () => {
    await useGce();
    const incidentId = await declareIncidentFor(f.lead);
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-2" }, dryRun: true });
    expect(preview.status).toBe("previewed");
    expect(preview.steps[0]?.note).toMatch(new RegExp(`^gce would snapshot projects/cordon-sandbox/zones/europe-west1-c/disks/worker-2 as projects/cordon-sandbox/global/snapshots/cordon-[0-9a-f]{12}-[0-9a-f]{8}-worker-2; would abandon instance worker-2 from managed instance group ${GROUP}; nothing was changed$`));
    expect(gceCalls()).toEqual(["GET …/instances/worker-2", `POST …/instanceGroupManagers/${GROUP}/listManagedInstances`]);
    expect(gce.snapshots.size).toBe(0);
    expect(await evidenceOf(incidentId)).toEqual([]);

    gce.reset();
    const done = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-2" } });
    expect(done.status).toBe("succeeded");
    expect(done.steps[0]).toMatchObject({ outcome: "applied", note: `1 disk snapshot recorded; instance abandoned from managed instance group ${GROUP}: the group will neither recreate nor delete it` });
    expect(gceCalls()).toEqual([
      "GET …/instances/worker-2",
      "POST …/disks/worker-2/createSnapshot",
      "POST …/operations/{op}/wait",
      "POST …/operations/{op}/wait",
      expect.stringMatching(/^GET \/compute\/v1\/projects\/cordon-sandbox\/global\/snapshots\/cordon-/),
      `POST …/instanceGroupManagers/${GROUP}/listManagedInstances`,
      `POST …/instanceGroupManagers/${GROUP}/abandonInstances`,
      "POST …/operations/{op}/wait",
      "POST …/operations/{op}/wait",
    ]);
    expect(gce.groupMembers("europe-west1-c", GROUP)).not.toContain("worker-2");

    const [evidence] = await evidenceOf(incidentId);
    const snapshotName = [...gce.snapshots.keys()][0]!.split("/")[1];
    expect(evidence).toMatchObject({
      kind: "NODE_DISK_SNAPSHOT",
      title: "Disk snapshot of node worker-2 (projects/cordon-sandbox/zones/europe-west1-c/disks/worker-2)",
      sourceCluster: f.clusterName,
      sourceNode: "worker-2",
      acquisitionMethod: "gce disk snapshot through its SDK",
      mediaType: "application/vnd.cordon.evidence-reference+json",
      reference: {
        provider: "gce",
        diskId: "projects/cordon-sandbox/zones/europe-west1-c/disks/worker-2",
        snapshotId: `projects/cordon-sandbox/global/snapshots/${snapshotName}`,
        zone: "europe-west1-c",
        retainPolicy: "kept by GCE until someone deletes it (a manual snapshot: no schedule removes it)",
        metadata: { name: snapshotName, status: "READY", labels: { "cordon-incident": incidentId, "cordon-node": "worker-2" } },
      },
    });
    expect(evidence!.sha256).toBe(hashCanonicalJson(evidence!.reference).sha256);
    expect(done.steps[0]?.evidence).toEqual({ id: evidence!.id, sha256: evidence!.sha256, size: Number(evidence!.size) });
    expect(await db.custodyEvent.findMany({ where: { evidenceId: evidence!.id }, orderBy: { id: "asc" }, select: { action: true } })).toEqual([{ action: "collected" }, { action: "stored" }]);
    expect(f.sandbox.requests.filter((r) => r.method !== "GET")).toEqual([]);

    // Asked again in the same incident: the snapshot is found, and not recorded twice.
    const again = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-2" } });
    expect(again.steps[0]).toMatchObject({ outcome: "already-done", note: expect.stringMatching(/^0 disk snapshots recorded, 1 already on the record; instance worker-2 is no longer in managed instance group/) });
    expect(await evidenceOf(incidentId)).toHaveLength(1);
  });

  it("GCE: a refusal comes back on the action as a plain message", async () => {
    await useGce();
    const incidentId = await declareIncidentFor(f.lead);
    gce.deny("compute.instances.get");
    const denied = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-1" } });
    expect(denied.status).toBe("failed");
    expect(denied.error).toBe(
      "Snapshot the disks of node worker-1 with its cloud provider (gce://cordon-sandbox/europe-west1-b/worker-1) and protect the instance from termination: GCE: the service account may not read instance worker-1 in project cordon-sandbox zone europe-west1-b: it needs compute.instances.get (403 Required 'compute.instances.get' permission for 'projects/cordon-sandbox/zones/europe-west1-b/instances/worker-1')",
    );
    expect(await evidenceOf(incidentId)).toEqual([]);
  });

  it("AWS: previews with DryRun, then snapshots the EC2 node's volumes and protects the instance, recorded by reference", async () => {
    await useAws();
    const incidentId = await declareIncidentFor(f.lead);
    const preview = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: AWS_NODE }, dryRun: true });
    expect(preview.status).toBe("previewed");
    expect(preview.steps[0]?.note).toBe("aws would snapshot vol-0aa11bb22cc33dd44 as (named by AWS when taken); would turn on termination protection (AWS accepted the dry runs); nothing was changed");
    expect(aws.requests.map((r) => `${r.action}${r.params.DryRun ? " dry-run" : ""}`)).toEqual(["DescribeInstances", "CreateSnapshots dry-run", "ModifyInstanceAttribute dry-run", "DescribeAutoScalingInstances"]);
    expect(aws.snapshots).toEqual([]);

    const done = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: AWS_NODE } });
    expect(done.status).toBe("succeeded");
    expect(done.steps[0]?.note).toBe("1 disk snapshot recorded; termination protection on (DisableApiTermination)");
    const [snapshot] = aws.snapshots;
    expect(snapshot?.tags).toMatchObject({ "cordon-incident": incidentId, "cordon-node": AWS_NODE, "cordon-instance": AWS_INSTANCE });
    expect((await evidenceOf(incidentId)).map((e) => [e.kind, e.sourceNode, e.reference])).toEqual([
      ["NODE_DISK_SNAPSHOT", AWS_NODE, expect.objectContaining({ provider: "aws", snapshotId: snapshot!.snapshotId, diskId: "vol-0aa11bb22cc33dd44", region: "eu-west-1", zone: "eu-west-1a", retainPolicy: "kept by AWS until someone deletes it (EBS snapshots do not expire)" })],
    ]);
    expect(aws.terminationProtected.has(AWS_INSTANCE)).toBe(true);
  });

  it("refuses a node whose providerID does not match the cluster's provider", async () => {
    await useAws();
    const incidentId = await declareIncidentFor(f.lead);
    const mismatch = await requestAndRun(f, f.lead, incidentId, { action: "snapshot_node_disk", target: { node: "worker-2" } });
    expect(mismatch.error).toContain(`node worker-2 runs on "gce://cordon-sandbox/europe-west1-c/worker-2", but cluster ${f.clusterName} is configured for Amazon EC2 (aws); change the cluster's cloud provider or snapshot this node by hand`);
    expect(aws.requests).toEqual([]);
  });
});
