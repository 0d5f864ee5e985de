import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { acceptRisk } from "./accept-risk";
import { attestAuditLogging } from "./attest-audit-logging";
import { findingRow } from "./store-scan-findings";
import { getReadiness } from "./get-readiness";
import { revokeAcceptance } from "./revoke-acceptance";

const NOW = new Date("2026-12-05T10:00:00Z");
const DAY = 86_400_000;

afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
});

// A cluster whose last scan found one failing binding, recorded directly:
// what is under test here is how acceptances change what is shown.
async function scannedCluster() {
  const cluster = await db.cluster.create({ data: { name: `accept-${uniqueWord("c").slice(0, 12)}`, credentialKind: "kubeconfig" }, select: { id: true } });
  const finding = { checkId: "RBAC-CLUSTER-ADMIN", status: "fail", object: { kind: "ClusterRoleBinding", name: "ci-admin" }, detail: "grants cluster-admin to service account ci/default" } as const;
  const scan = await db.postureScan.create({ data: { clusterId: cluster.id, state: "SUCCEEDED", finishedAt: new Date(NOW.getTime() - 60_000), score: 0 }, select: { id: true } });
  await db.postureFinding.create({ data: findingRow(scan.id, finding) });
  return cluster.id;
}

const view = async (clusterId: string, at: Date) => (await getReadiness(at)).clusters.find((c) => c.id === clusterId)!;

describe("accepting a finding", () => {
  it.each([
    { name: "an expiry in the past", body: { expiresAt: new Date(NOW.getTime() - DAY).toISOString() }, message: /expiresAt: The expiry must be in the future/ },
    { name: "an expiry beyond one year", body: { expiresAt: new Date(NOW.getTime() + 366 * DAY).toISOString() }, message: /within one year/ },
    { name: "no reason", body: { reason: "" }, message: /reason: A reason is required/ },
    { name: "a reason too short to mean anything", body: { reason: "ok" }, message: /Say why/ },
    { name: "a check that does not exist", body: { checkId: "NOPE" }, message: /no check has the id NOPE/ },
    { name: "a date that is not ISO", body: { expiresAt: "next tuesday" }, message: /expiresAt must be an ISO date/ },
  ])("refuses $name with a clear message and saves nothing", async ({ body, message }) => {
    const clusterId = await scannedCluster();
    const admin = await makeUser("ADMIN");
    const input = { clusterId, checkId: "RBAC-CLUSTER-ADMIN", objectKey: "ClusterRoleBinding/ci-admin", reason: "CI needs it until the runner migration in Q1", expiresAt: new Date(NOW.getTime() + 30 * DAY).toISOString(), ...body };
    await expect(acceptRisk({ ...actorFor(admin), id: admin.id }, input, NOW)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    expect(await db.riskAcceptance.count({ where: { clusterId } })).toBe(0);
  });

  it("excludes the finding from the score until it expires or is revoked, on the record", async () => {
    const clusterId = await scannedCluster();
    const admin = await makeUser("ADMIN");
    const before = await view(clusterId, NOW);
    const failing = before.findings.find((f) => f.checkId === "RBAC-CLUSTER-ADMIN")!;
    expect(failing.accepted).toBeNull();

    const { acceptance } = await acceptRisk({ ...actorFor(admin), id: admin.id }, { clusterId, checkId: failing.checkId, objectKey: failing.key, reason: "CI needs it until the runner migration in Q1", expiresAt: new Date(NOW.getTime() + 30 * DAY).toISOString() }, NOW);
    const accepted = await view(clusterId, new Date(NOW.getTime() + DAY));
    expect(accepted.findings.find((f) => f.checkId === "RBAC-CLUSTER-ADMIN")!.accepted).toMatchObject({ id: acceptance.id, acceptedBy: "Test ADMIN" });
    expect(accepted.score!).toBeGreaterThan(before.score!);

    // Back when it expires…
    const expired = await view(clusterId, new Date(NOW.getTime() + 31 * DAY));
    expect(expired.findings.find((f) => f.checkId === "RBAC-CLUSTER-ADMIN")!.accepted).toBeNull();
    expect(expired.score).toBe(before.score);

    // …and at once when revoked.
    await revokeAcceptance(actorFor(admin), acceptance.id, { reason: "The runner moved early" }, new Date(NOW.getTime() + 2 * DAY));
    const revoked = await view(clusterId, new Date(NOW.getTime() + 3 * DAY));
    expect(revoked.findings.find((f) => f.checkId === "RBAC-CLUSTER-ADMIN")!.accepted).toBeNull();
    await expect(revokeAcceptance(actorFor(admin), acceptance.id, { reason: "again" })).rejects.toMatchObject({ code: "CONFLICT" });

    const audit = await db.auditEntry.findMany({ where: { targetId: acceptance.id }, orderBy: { seq: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["readiness.risk.accepted", "readiness.risk.revoked"]);
  });

  it("judges the audit-logging attestation at once, without a rescan", async () => {
    const clusterId = await scannedCluster();
    const admin = await makeUser("ADMIN");
    const now = new Date();
    expect((await view(clusterId, now)).findings.some((f) => f.checkId === "LOG-AUDIT-ATTESTED")).toBe(true);
    await expect(attestAuditLogging({ ...actorFor(admin), id: admin.id }, clusterId, { statement: "", confirmed: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await attestAuditLogging({ ...actorFor(admin), id: admin.id }, clusterId, { statement: "Metadata-level policy, shipped to the SIEM by the provider", confirmed: true });
    const after = await view(clusterId, new Date());
    expect(after.findings.some((f) => f.checkId === "LOG-AUDIT-ATTESTED")).toBe(false);
    expect(after.attestation?.attestedBy).toBe("Test ADMIN");
  });
});
