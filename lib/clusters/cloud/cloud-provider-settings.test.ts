// Setting a cluster's cloud provider through the API: admins only, the
// credentials sealed and never answered back, every change audited, clear
// messages for what is wrong with the input, the credentials checked live
// (against local servers speaking Compute's and STS's protocols) before
// anything is stored, and the cluster's check saying whether disk snapshots
// can work.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClusterRoute } from "@/app/api/v1/clusters/[id]/route";
import { DELETE as removeRoute, PUT as setRoute } from "@/app/api/v1/clusters/[id]/cloud-provider/route";
import { GET as listClustersRoute } from "@/app/api/v1/clusters/route";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { openSecret, sealSecret } from "@/lib/secrets/secret-box";
import { startFakeAws, type FakeAws } from "@/test/fixtures/cloud/fake-aws";
import { startFakeGce, type FakeGce } from "@/test/fixtures/cloud/fake-gce";
import { startFixtureServer } from "@/test/fixtures/cloud/http-fixture";
import { makeServiceAccount } from "@/test/fixtures/cloud/service-account";
import { makeUser } from "@/test/helpers/users";
import { startFixture, type Fixture } from "../test-support";
import { loadCloudConfig } from "./load-cloud-config";

const BASE = "http://cordon.test/api/v1/clusters";
const account = makeServiceAccount();
const AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
const AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const ROLE = "arn:aws:iam::123456789012:role/cordon-evidence";
let f: Fixture;
let admin: Record<string, string>;
let gce: FakeGce;
let aws: FakeAws;
let keyFile: string;
/** A loopback address nothing listens on: a server started, then stopped. */
let closedUrl: string;

beforeAll(async () => {
  f = await startFixture();
  admin = await bearerFor(await makeUser("ADMIN"));
  gce = await startFakeGce({ serviceAccount: account, instances: [] });
  aws = await startFakeAws({ keys: { [AWS_KEY]: { secret: AWS_SECRET } }, instances: [], roles: { [ROLE]: [AWS_KEY] } });
  keyFile = account.keyFile(gce.tokenUri);
  const closed = await startFixtureServer(() => ({ status: 500, contentType: "text/plain", body: "" }));
  closedUrl = closed.url;
  await closed.stop();
});

afterAll(async () => {
  await Promise.all([gce.stop(), aws.stop()]);
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
    gce.reset();
    const response = await put({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: gce.url });
    expect(response.status).toBe(200);
    const cluster = await response.json();
    expect(cluster.cloudProvider).toEqual({ kind: "gce", apiEndpoint: gce.url, serviceAccountEmail: account.email, credentials: "set", checkedAt: expect.any(String), checkedAs: account.email, updatedAt: expect.any(String) });
    // Checked live before it was stored: a real token exchange, then one read.
    expect(gce.tokenRequests.map((r) => r.status)).toEqual([200]);
    expect(gce.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(["GET /compute/v1/projects/cordon-sandbox 200"]);
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

    expect(await audits()).toEqual([{ action: "cluster.cloud_provider_set", data: { name: f.clusterName, kind: "gce", apiEndpoint: gce.url, serviceAccountEmail: account.email, credentialsReplaced: true, checkedAs: account.email } }]);
    expect(JSON.stringify(await audits())).not.toContain("PRIVATE KEY");
  });

  it("keeps the stored credentials when only settings change, and asks for new ones when the provider changes", async () => {
    const kept = await put({ kind: "gce", project: "cordon-sandbox", apiEndpoint: gce.url });
    expect(kept.status).toBe(200);
    expect((await kept.json()).cloudProvider).toMatchObject({ kind: "gce", project: "cordon-sandbox", serviceAccountEmail: account.email, credentials: "set", checkedAs: account.email });
    expect((await audits()).at(-1)).toEqual({ action: "cluster.cloud_provider_replaced", data: { name: f.clusterName, kind: "gce", project: "cordon-sandbox", apiEndpoint: gce.url, serviceAccountEmail: account.email, credentialsReplaced: false, checkedAs: account.email } });

    const noKeys = await put({ kind: "aws", region: "eu-west-1" });
    expect(noKeys.status).toBe(400);
    expect(await noKeys.json()).toMatchObject({ detail: "Cloud provider not saved: give the access key id and secret access key Cordon signs in with", errors: { accessKeyId: ["give the access key id and secret access key Cordon signs in with"] } });

    aws.reset();
    const set = await put({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET, roleArn: ROLE, apiEndpoint: aws.url });
    expect(set.status).toBe(200);
    const assumed = "arn:aws:sts::123456789012:assumed-role/cordon-evidence/cordon-credential-check";
    expect((await set.json()).cloudProvider).toEqual({ kind: "aws", region: "eu-west-1", roleArn: ROLE, apiEndpoint: aws.url, credentials: "set", checkedAt: expect.any(String), checkedAs: assumed, updatedAt: expect.any(String) });
    // Who the key is, then the role it acts as — signed with the key given, read-only.
    expect(aws.requests.map((r) => `${r.service}:${r.action} ${r.accessKeyId} ${r.status}`)).toEqual([`sts:GetCallerIdentity ${AWS_KEY} 200`, `sts:AssumeRole ${AWS_KEY} 200`]);
    const shown = await everythingShown();
    for (const secret of [AWS_SECRET, AWS_KEY]) expect(shown).not.toContain(secret);
    expect((await audits()).at(-1)).toMatchObject({ action: "cluster.cloud_provider_replaced", data: { kind: "aws", previousKind: "gce", credentialsReplaced: true, checkedAs: assumed } });
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
    expect((await put({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: gce.url })).status).toBe(200);
    // As after CORDON_SECRET_KEY was changed: sealed with a key Cordon no longer has.
    await db.clusterCloudProvider.update({ where: { clusterId: f.clusterId }, data: { credentialsEncrypted: sealSecret("{}", randomBytes(32)) } });
    await expect(loadCloudConfig(f.clusterId, f.clusterName)).rejects.toThrow(`the stored cloud credentials of cluster ${f.clusterName} cannot be decrypted (was CORDON_SECRET_KEY changed?); set the cluster's cloud provider again`);
    const kept = await put({ kind: "gce", project: "cordon-sandbox", apiEndpoint: gce.url });
    expect(kept.status).toBe(400);
    expect((await kept.json()).errors).toEqual({ serviceAccountKey: ["paste the service account key (JSON) Cordon signs in with"] });
    expect((await put({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: gce.url })).status).toBe(200);
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

describe("checking a cloud provider's credentials before they are stored", () => {
  const row = () => db.clusterCloudProvider.findUnique({ where: { clusterId: f.clusterId }, omit: { credentialsEncrypted: false } });
  const auditCount = async () => (await audits()).length;

  /** A refused save: 400, the message naming the field, and nothing stored or audited. */
  async function refused(body: unknown, field: string, message: string | RegExp) {
    const [before, auditsBefore] = [await row(), await auditCount()];
    const response = await put(body);
    expect(response.status, JSON.stringify(body)).toBe(400);
    const problem = await response.json();
    expect(Object.keys(problem.errors)).toEqual([field]);
    expect(problem.errors[field][0]).toMatch(message);
    expect(problem.detail).toBe(`Cloud provider not saved: ${problem.errors[field][0]}`);
    expect(await row()).toEqual(before);
    expect(await auditCount()).toBe(auditsBefore);
    return problem.errors[field][0] as string;
  }

  it("refuses a key that does not sign in, a permission the check needs, and a role the key may not assume, storing nothing", async () => {
    expect(await row()).toBeNull();
    // Same account, another private key: the token endpoint refuses the assertion's signature.
    const impostor = makeServiceAccount().keyFile(gce.tokenUri);
    await refused({ kind: "gce", serviceAccountKey: impostor, apiEndpoint: gce.url }, "serviceAccountKey", "GCE rejected the service account key configured for this cluster (invalid_grant: Invalid JWT Signature.); replace the key under the cluster's cloud provider");

    gce.deny("compute.projects.get");
    await refused({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: gce.url }, "serviceAccountKey", /^GCE: the service account may not read project cordon-sandbox: it needs compute\.projects\.get \(403 Required 'compute\.projects\.get' permission/);
    gce.reset();
    await refused({ kind: "gce", serviceAccountKey: keyFile, project: "other-project-42", apiEndpoint: gce.url }, "project", /^GCE: could not read project other-project-42: not found \(404 /);

    aws.reset();
    await refused({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: "not-the-secret-0123456789", apiEndpoint: aws.url }, "secretAccessKey", /^AWS rejected the access key configured for this cluster when trying to check the access key \(sts:GetCallerIdentity\) \(SignatureDoesNotMatch 403: The request signature we calculated does not match/);
    await refused({ kind: "aws", region: "eu-west-1", accessKeyId: "AKIAUNKNOWNKEY000000", secretAccessKey: AWS_SECRET, apiEndpoint: aws.url }, "secretAccessKey", /^AWS rejected the access key .*\(InvalidClientTokenId 401: /);
    const otherRole = "arn:aws:iam::123456789012:role/someone-else";
    await refused({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET, roleArn: otherRole, apiEndpoint: aws.url }, "roleArn", `AWS: the access key may not assume role ${otherRole} as arn:aws:iam::123456789012:user/cordon: it needs sts:AssumeRole on ${otherRole}, and a trust policy that lets arn:aws:iam::123456789012:user/cordon assume it (AccessDenied 403: User: arn:aws:iam::123456789012:user/cordon is not authorized to perform: sts:AssumeRole on resource: ${otherRole})`);
    // Each check was read-only: nothing but sign-in, reads and AssumeRole was asked.
    expect(new Set(aws.requests.map((r) => r.action))).toEqual(new Set(["GetCallerIdentity", "AssumeRole"]));
    expect(await row()).toBeNull();
  });

  it("refuses an endpoint that does not answer, naming it", async () => {
    const gceMessage = await refused({ kind: "gce", serviceAccountKey: keyFile, apiEndpoint: closedUrl }, "apiEndpoint", `GCE: could not reach the Compute API at ${closedUrl} to read project cordon-sandbox (ECONNREFUSED)`);
    expect(gceMessage).not.toContain("PRIVATE KEY");
    await refused({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET, apiEndpoint: closedUrl }, "apiEndpoint", `AWS: could not reach ${closedUrl} to check the access key (sts:GetCallerIdentity) (ECONNREFUSED)`);
    expect(await row()).toBeNull();
  });

  it("keeps the previous provider, its credentials and when it was checked, when a replacement fails its check", async () => {
    const set = await put({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET, apiEndpoint: aws.url });
    expect(set.status).toBe(200);
    expect((await set.json()).cloudProvider).toMatchObject({ kind: "aws", checkedAs: "arn:aws:iam::123456789012:user/cordon", checkedAt: expect.any(String) });
    const stored = await row();
    expect(stored).toMatchObject({ kind: "aws", checkedAs: "arn:aws:iam::123456789012:user/cordon", checkedAt: expect.any(Date) });

    await refused({ kind: "gce", serviceAccountKey: makeServiceAccount().keyFile(gce.tokenUri), apiEndpoint: gce.url }, "serviceAccountKey", /^GCE rejected the service account key/);
    await refused({ kind: "aws", region: "eu-west-1", accessKeyId: AWS_KEY, secretAccessKey: "not-the-secret-0123456789", apiEndpoint: aws.url }, "secretAccessKey", /SignatureDoesNotMatch/);
    // The stored key, checked against an endpoint that does not answer: the old endpoint stays.
    await refused({ kind: "aws", region: "eu-west-1", apiEndpoint: closedUrl }, "apiEndpoint", /^AWS: could not reach/);
    expect(await row()).toEqual(stored);
    expect(JSON.parse(openSecret(stored!.credentialsEncrypted))).toEqual({ accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET });

    // The stored key, checked again for a new setting, is kept and the check recorded anew.
    const changed = await put({ kind: "aws", region: "eu-west-1", roleArn: ROLE, apiEndpoint: aws.url });
    expect(changed.status).toBe(200);
    const after = await row();
    expect(after).toMatchObject({ credentialsEncrypted: expect.any(String), checkedAs: "arn:aws:sts::123456789012:assumed-role/cordon-evidence/cordon-credential-check" });
    expect(after!.checkedAt!.getTime()).toBeGreaterThanOrEqual(stored!.checkedAt!.getTime());
    expect(JSON.parse(openSecret(after!.credentialsEncrypted))).toEqual({ accessKeyId: AWS_KEY, secretAccessKey: AWS_SECRET });
    expect((await remove()).status).toBe(200);
  });
});
