// The GCE provider against a Compute API that speaks Google's REST protocol
// and OAuth token exchange for real (test/fixtures/cloud): the exact calls,
// the snapshots and the abandon, idempotence, the preview that changes
// nothing, and plain messages for each way it can fail.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeGce, type FakeGce } from "@/test/fixtures/cloud/fake-gce";
import { startFixtureServer } from "@/test/fixtures/cloud/http-fixture";
import { makeServiceAccount } from "@/test/fixtures/cloud/service-account";
import type { GceSettings } from "../cloud-config";
import { createGceDiskSnapshotProvider } from "./gce-disk-snapshot";
import { snapshotNameFor } from "./gce-names";

const account = makeServiceAccount();
const PROJECT = "cordon-sandbox";
const GROUP = "gke-sandbox-default-pool-1c2d-grp";
let gce: FakeGce;

beforeAll(async () => {
  gce = await startFakeGce({
    serviceAccount: account,
    instances: [
      { project: PROJECT, zone: "europe-west1-b", name: "worker-1", disks: [{ name: "worker-1", boot: true }, { name: "pvc-3f1c" }], group: GROUP },
      { project: PROJECT, zone: "europe-west1-b", name: "worker-2", disks: [{ name: "worker-2", boot: true }], group: GROUP },
      { project: PROJECT, zone: "europe-west1-c", name: "worker-3", disks: [{ name: "worker-3", boot: true }, { name: "shared-ledger", region: "europe-west1" }] },
    ],
  });
});

afterAll(async () => {
  await gce.stop();
});

beforeEach(() => gce.reset());

function provider(settings: Partial<GceSettings> = {}, keyFile = account.keyFile(gce.tokenUri)) {
  return createGceDiskSnapshotProvider({ settings: { serviceAccountEmail: account.email, apiEndpoint: gce.url, ...settings }, credentials: { serviceAccountKey: JSON.parse(keyFile) } });
}

const request = (incidentId: string, node: string, zone: string, dryRun = false) => ({ incidentId, node, providerId: `gce://${PROJECT}/${zone}/${node}`, requestedBy: "Lead <lead@cordon.local>", dryRun });
const calls = () => gce.requests.map((r) => `${r.method} ${r.path.replace(/\/operations\/[^/]+\//, "/operations/{op}/")}`);
const zoneB = `/compute/v1/projects/${PROJECT}/zones/europe-west1-b`;
// `created-by` names the group's project by number, as GCE does.
const groupZone = "/compute/v1/projects/418370265716/zones/europe-west1-b";
const groupPath = `${groupZone}/instanceGroupManagers/${GROUP}`;

describe("GCE disk snapshots", () => {
  it("signs in with the key, snapshots each persistent disk, waits for the operations and abandons the instance from its group", async () => {
    const incidentId = randomUUID();
    const result = await provider().snapshotNodeDisk(request(incidentId, "worker-1", "europe-west1-b"));
    const bootName = snapshotNameFor(incidentId, { project: PROJECT, zone: "europe-west1-b", disk: "worker-1" });
    const dataName = snapshotNameFor(incidentId, { project: PROJECT, zone: "europe-west1-b", disk: "pvc-3f1c" });

    expect(calls()).toEqual([
      `GET ${zoneB}/instances/worker-1`,
      `POST ${zoneB}/disks/worker-1/createSnapshot`,
      `POST ${zoneB}/operations/{op}/wait`,
      `POST ${zoneB}/operations/{op}/wait`,
      `GET /compute/v1/projects/${PROJECT}/global/snapshots/${bootName}`,
      `POST ${zoneB}/disks/pvc-3f1c/createSnapshot`,
      `POST ${zoneB}/operations/{op}/wait`,
      `POST ${zoneB}/operations/{op}/wait`,
      `GET /compute/v1/projects/${PROJECT}/global/snapshots/${dataName}`,
      `POST ${groupPath}/listManagedInstances`,
      `POST ${groupPath}/abandonInstances`,
      `POST ${groupZone}/operations/{op}/wait`,
      `POST ${groupZone}/operations/{op}/wait`,
    ]);
    const create = gce.requests[1]!;
    expect(create.query).toEqual({ guestFlush: "false" });
    expect(create.body).toEqual({ name: bootName, labels: { "cordon-incident": incidentId, "cordon-node": "worker-1" }, description: `Evidence for Cordon incident ${incidentId}: disk of node worker-1, requested by Lead <lead@cordon.local>` });
    expect(gce.requests[10]!.body).toEqual({ instances: ["zones/europe-west1-b/instances/worker-1"] });
    expect(bootName).toMatch(/^cordon-[0-9a-f]{12}-[0-9a-f]{8}-worker-1$/);

    // One real JWT-bearer exchange, at the key's token_uri, shared by every client.
    expect(gce.tokenRequests).toEqual([{ grantType: "urn:ietf:params:oauth:grant-type:jwt-bearer", claims: expect.objectContaining({ iss: account.email, aud: "https://oauth2.googleapis.com/token" }), status: 200 }]);

    expect(result).toEqual({
      provider: "gce",
      snapshots: [
        { diskId: `projects/${PROJECT}/zones/europe-west1-b/disks/worker-1`, snapshotId: `projects/${PROJECT}/global/snapshots/${bootName}`, zone: "europe-west1-b", retainPolicy: expect.stringContaining("until someone deletes it"), metadata: expect.objectContaining({ name: bootName, status: "READY", labels: { "cordon-incident": incidentId, "cordon-node": "worker-1" }, operation: expect.stringMatching(/^operation-/) }) },
        expect.objectContaining({ diskId: `projects/${PROJECT}/zones/europe-west1-b/disks/pvc-3f1c`, snapshotId: `projects/${PROJECT}/global/snapshots/${dataName}` }),
      ],
      protections: [`instance abandoned from managed instance group ${GROUP}: the group will neither recreate nor delete it`],
    });
    expect(gce.groupMembers("europe-west1-b", GROUP)).toEqual(["worker-2"]);

    // The same incident again (a retried job): the snapshots are found, not taken twice.
    gce.reset();
    const again = await provider().snapshotNodeDisk(request(incidentId, "worker-1", "europe-west1-b"));
    expect(calls()).toEqual([
      `GET ${zoneB}/instances/worker-1`,
      `POST ${zoneB}/disks/worker-1/createSnapshot`,
      `GET /compute/v1/projects/${PROJECT}/global/snapshots/${bootName}`,
      `POST ${zoneB}/disks/pvc-3f1c/createSnapshot`,
      `GET /compute/v1/projects/${PROJECT}/global/snapshots/${dataName}`,
      `POST ${groupPath}/listManagedInstances`,
    ]);
    expect(gce.requests.filter((r) => r.path.endsWith("/createSnapshot")).map((r) => r.status)).toEqual([409, 409]);
    expect(again.snapshots.map((s) => s.metadata.alreadyExisted)).toEqual([true, true]);
    expect(again.protections).toEqual([`instance worker-1 is no longer in managed instance group ${GROUP} (already abandoned)`]);
  });

  it("previews by reading the instance only, and says what it would do", async () => {
    const incidentId = randomUUID();
    const preview = await provider().snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c", true));
    expect(calls()).toEqual([`GET /compute/v1/projects/${PROJECT}/zones/europe-west1-c/instances/worker-3`]);
    expect(preview).toEqual({
      provider: "gce",
      snapshots: [expect.objectContaining({ diskId: `projects/${PROJECT}/zones/europe-west1-c/disks/worker-3`, metadata: { planned: true } })],
      protections: [],
      problems: ["regional disk shared-ledger was not snapshotted (Cordon snapshots zonal disks): snapshot it by hand"],
    });
    expect([...gce.snapshots.keys()].filter((name) => name.includes(incidentId.replace(/-/g, "").slice(0, 12)))).toEqual([]);
  });

  it("answers each failure in words: a wrong key, a missing permission, no such instance, a failed operation, an endpoint that is down", async () => {
    const incidentId = randomUUID();
    const other = makeServiceAccount(PROJECT, "someone-else");
    await expect(provider({}, other.keyFile(gce.tokenUri)).snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c"))).rejects.toThrow(
      "GCE rejected the service account key configured for this cluster (invalid_grant: Invalid JWT Signature.); replace the key under the cluster's cloud provider",
    );
    expect(gce.requests).toEqual([]);

    gce.deny("compute.disks.createSnapshot");
    await expect(provider().snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c"))).rejects.toThrow(
      `GCE: the service account may not snapshot disk worker-3 in zone europe-west1-c: it needs compute.disks.createSnapshot, compute.snapshots.create and compute.snapshots.setLabels (403 Required 'compute.disks.createSnapshot' permission for 'projects/${PROJECT}/zones/europe-west1-c/disks/worker-3/createSnapshot')`,
    );
    gce.reset();

    await expect(provider().snapshotNodeDisk(request(incidentId, "worker-9", "europe-west1-b"))).rejects.toThrow(
      `GCE: could not read instance worker-9 in project ${PROJECT} zone europe-west1-b: not found (404 The resource 'projects/${PROJECT}/zones/europe-west1-b/instances/worker-9' was not found)`,
    );
    await expect(provider({ project: "other-project" }).snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c"))).rejects.toThrow(
      `node worker-3 runs in GCE project ${PROJECT}, but this cluster's cloud provider is limited to project other-project`,
    );

    gce.failNextOperation({ code: "QUOTA_EXCEEDED", message: "Quota 'SNAPSHOTS' exceeded. Limit: 0.0 globally." });
    await expect(provider().snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c"))).rejects.toThrow(
      "GCE: snapshot disk worker-3 in zone europe-west1-c failed: QUOTA_EXCEEDED: Quota 'SNAPSHOTS' exceeded. Limit: 0.0 globally.",
    );

    const gone = await startFixtureServer(() => ({ status: 500, contentType: "text/plain", body: "" }));
    await gone.stop();
    await expect(provider({ apiEndpoint: gone.url }).snapshotNodeDisk(request(incidentId, "worker-3", "europe-west1-c"))).rejects.toThrow(
      `GCE: could not reach the Compute API at ${gone.url} to read instance worker-3 in project ${PROJECT} zone europe-west1-c (ECONNREFUSED)`,
    );
  });

  it("keeps the snapshots when the instance cannot be abandoned, and says what is left to do", async () => {
    const incidentId = randomUUID();
    gce.deny("compute.instanceGroupManagers.update");
    const result = await provider().snapshotNodeDisk(request(incidentId, "worker-2", "europe-west1-b"));
    expect(result.snapshots).toHaveLength(1);
    expect(result.protections).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining(`GCE: the service account may not abandon instance worker-2 from managed instance group ${GROUP}: it needs compute.instanceGroupManagers.update (403`)]);
    expect(gce.groupMembers("europe-west1-b", GROUP)).toEqual(["worker-2"]);
    expect(gce.requests.some((r) => /delete|stop|reset/i.test(r.path))).toBe(false);
  });
});
