// Setting a cluster's cloud provider through the API: admins only, the
// credentials sealed and never answered back, every change audited, clear
// messages for what is wrong with the input, and the cluster's check saying
// whether disk snapshots can work.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClusterRoute } from "@/app/api/v1/clusters/[id]/route";
import { DELETE as removeRoute, PUT as setRoute } from "@/app/api/v1/clusters/[id]/cloud-provider/route";
import { GET as listClustersRoute } from "@/app/api/v1/clusters/route";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { openSecret, sealSecret } from "@/lib/secrets/secret-box";
import { makeServiceAccount } from "@/test/fixtures/cloud/service-account";
import { makeUser } from "@/test/helpers/users";
import { startFixture, type Fixture } from "../test-support";
import { loadCloudConfig } from "./load-cloud-config";

const BASE = "http://cordon.test/api/v1/clusters";
const account = makeServiceAccount();
const keyFile = account.keyFile("https://oauth2.googleapis.com/token");
const AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
let f: Fixture;
let admin: Record<string, string>;

beforeAll(async () => {
  f = await startFixture();
  admin = await bearerFor(await makeUser("ADMIN"));
});

afterAll(async () => {
  await f.stop();
});

const put = (body: unknown, headers = admin) => setRoute(new Request(`${BASE}/${f.clusterId}/cloud-provider`, { method: "PUT", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) }), routeContext({ id: f.clusterId }));
const remove = (headers = admin) => removeRoute(new Request(`${BASE}/${f.clusterId}/cloud-provider`, { method: "DELETE", headers }), routeContext({ id: f.clusterId }));
const audits = () => db.auditEntry.findMany({ where: { targetType: "cluster", targetId: f.clusterId, action: { startsWith: "cluster.cloud_provider" } }, orderBy: { seq: "asc" }, select: { action: true, data: true } });
const snapshotAction = (cluster: { lastCheck: { actions: { action: string; allowed: boolean; missing: string[] }[] } }) => cluster.lastCheck.actions.find((a) => a.action === "snapshot_node_disk");

/** Every way the API shows the cluster, as text, for looking for secrets in. */
async function everythingShown(): Promise<string> {
  const one = await getClusterRoute(new Request(`${BASE}/${f.clusterId}`, { headers: admin }), routeContext({ id: f.clusterId }));
  const all = await listClustersRoute(new Request(BASE, { headers: admin }));
  return `${await one.text()}\n${await all.text()}`;
}

describe("a cluster's cloud provider", () => {
  it("is set by an admin, sealed, shown without its credentials, and audited in the same transaction", async () => {
    const response = await put({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: "https://compute.private.example" });
    expect(response.status).toBe(200);
    const cluster = await response.json();
    expect(cluster.cloudProvider).toEqual({ kind: "gce", apiEndpoint: "https://compute.private.example", serviceAccountEmail: account.email, credentials: "set", updatedAt: expect.any(String) });
    expect(snapshotAction(cluster)).toEqual({ action: "snapshot_node_disk", label: "Snapshot node disk", allowed: true, missing: [] });

    const row = await db.clusterCloudProvider.findUniqueOrThrow({ where: { clusterId: f.clusterId }, omit: { credentialsEncrypted: false } });
    expect(row.credentialsEncrypted).toMatch(/^v1:/);
    expect(row.credentialsEncrypted).not.toContain("PRIVATE KEY");
    expect(JSON.parse(openSecret(row.credentialsEncrypted)).serviceAccountKey).toMatchObject({ client_email: account.email, private_key_id: account.keyId });
    // The Prisma client leaves the ciphertext out unless a query asks for it.
    expect(Object.keys(await db.clusterCloudProvider.findUniqueOrThrow({ where: { clusterId: f.clusterId } }))).not.toContain("credentialsEncrypted");

    const shown = await everythingShown();
    for (const secret of ["PRIVATE KEY", account.keyId, "credentialsEncrypted", "serviceAccountKey"]) expect(shown).not.toContain(secret);
    expect(shown).toContain(account.email);

    expect(await audits()).toEqual([{ action: "cluster.cloud_provider_set", data: { name: f.clusterName, kind: "gce", apiEndpoint: "https://compute.private.example", serviceAccountEmail: account.email, credentialsReplaced: true } }]);
    expect(JSON.stringify(await audits())).not.toContain("PRIVATE KEY");
  });

  it("keeps the stored credentials when only settings change, and asks for new ones when the provider changes", async () => {
    const kept = await put({ kind: "gce", project: "cordon-sandbox" });
    expect(kept.status).toBe(200);
    expect((await kept.json()).cloudProvider).toMatchObject({ kind: "gce", project: "cordon-sandbox", serviceAccountEmail: account.email, credentials: "set" });
    expect((await audits()).at(-1)).toEqual({ action: "cluster.cloud_provider_replaced", data: { name: f.clusterName, kind: "gce", project: "cordon-sandbox", serviceAccountEmail: account.email, credentialsReplaced: false } });

    const noKeys = await put({ kind: "aws", region: "eu-west-1" });
    expect(noKeys.status).toBe(400);
    expect(await noKeys.json()).toMatchObject({ detail: "Cloud provider not saved: give the access key id and secret access key Cordon signs in with", errors: { accessKeyId: ["give the access key id and secret access key Cordon signs in with"] } });

    const role = "arn:aws:iam::123456789012:role/cordon-evidence";
    const aws = await put({ kind: "aws", region: "eu-west-1", accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: AWS_SECRET, roleArn: role, apiEndpoint: "https://{service}.vpce-0a1b.eu-west-1.vpce.amazonaws.com" });
    expect(aws.status).toBe(200);
    expect((await aws.json()).cloudProvider).toEqual({ kind: "aws", region: "eu-west-1", roleArn: role, apiEndpoint: "https://{service}.vpce-0a1b.eu-west-1.vpce.amazonaws.com", credentials: "set", updatedAt: expect.any(String) });
    const shown = await everythingShown();
    for (const secret of [AWS_SECRET, "AKIAIOSFODNN7EXAMPLE"]) expect(shown).not.toContain(secret);
    expect((await audits()).at(-1)).toMatchObject({ action: "cluster.cloud_provider_replaced", data: { kind: "aws", previousKind: "gce", credentialsReplaced: true } });
    expect(JSON.stringify(await audits())).not.toContain(AWS_SECRET);
  });

  it("refuses input it cannot use, naming the field, and changes nothing", async () => {
    const before = await db.clusterCloudProvider.findUniqueOrThrow({ where: { clusterId: f.clusterId }, select: { updatedAt: true } });
    const cases: [unknown, string, string][] = [
      [{ kind: "gce", serviceAccountKey: "{not json" }, "serviceAccountKey", "Paste the service account key file (JSON) as downloaded"],
      [{ kind: "gce", serviceAccountKey: JSON.stringify({ type: "authorized_user", client_id: "x" }) }, "serviceAccountKey", 'This is not a service account key: it needs "type": "service_account" and client_email, private_key'],
      [{ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: "http://compute.example.com" }, "apiEndpoint", "The endpoint must use https (plain http only to 127.0.0.1 or localhost)"],
      [{ kind: "gce", serviceAccountKey: keyFile, project: "Prod_Project" }, "project", "A project id has 6–30 lowercase letters, digits or '-', e.g. prod-platform-4711"],
      [{ kind: "aws", accessKeyId: "AKIAIOSFODNN7EXAMPLE" }, "secretAccessKey", "Give the access key id and the secret access key together"],
      [{ kind: "aws", region: "Ireland" }, "region", "A region looks like eu-west-1"],
      [{ kind: "aws", roleArn: "cordon-evidence" }, "roleArn", "A role ARN looks like arn:aws:iam::123456789012:role/cordon-evidence"],
      [{ kind: "azure" }, "kind", 'Choose the provider: "gce" or "aws"'],
    ];
    for (const [body, field, message] of cases) {
      const response = await put(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).errors?.[field]).toEqual([message]);
    }
    expect(await db.clusterCloudProvider.findUniqueOrThrow({ where: { clusterId: f.clusterId }, select: { updatedAt: true } })).toEqual(before);
  });

  it("asks for new credentials when the stored ones no longer decrypt, and fails a snapshot plainly until then", async () => {
    expect((await put({ kind: "gce", serviceAccountKey: keyFile })).status).toBe(200);
    // As after CORDON_SECRET_KEY was changed: sealed with a key Cordon no longer has.
    await db.clusterCloudProvider.update({ where: { clusterId: f.clusterId }, data: { credentialsEncrypted: sealSecret("{}", randomBytes(32)) } });
    await expect(loadCloudConfig(f.clusterId, f.clusterName)).rejects.toThrow(`the stored cloud credentials of cluster ${f.clusterName} cannot be decrypted (was CORDON_SECRET_KEY changed?); set the cluster's cloud provider again`);
    const kept = await put({ kind: "gce", project: "cordon-sandbox" });
    expect(kept.status).toBe(400);
    expect((await kept.json()).errors).toEqual({ serviceAccountKey: ["paste the service account key (JSON) Cordon signs in with"] });
    expect((await put({ kind: "gce", serviceAccountKey: keyFile })).status).toBe(200);
    expect(await loadCloudConfig(f.clusterId, f.clusterName)).toMatchObject({ kind: "gce", credentials: { serviceAccountKey: { client_email: account.email } } });
  });

  it("is for admins only, and is removed with an audit entry", async () => {
    const lead = await bearerFor(f.lead);
    expect((await put({ kind: "gce", serviceAccountKey: keyFile }, lead)).status).toBe(403);
    expect((await remove(lead)).status).toBe(403);

    const removed = await remove();
    expect(removed.status).toBe(200);
    const cluster = await removed.json();
    expect(cluster.cloudProvider).toBeNull();
    expect(snapshotAction(cluster)).toMatchObject({ allowed: false, missing: ["a cloud disk-snapshot provider (none is configured)"] });
    expect(await db.clusterCloudProvider.count({ where: { clusterId: f.clusterId } })).toBe(0);
    expect((await audits()).at(-1)).toEqual({ action: "cluster.cloud_provider_removed", data: { name: f.clusterName } });
  });
});
