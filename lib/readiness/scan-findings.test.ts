import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Finding } from "@/lib/rules/readiness/types";
import { uniqueWord } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { FINDINGS_SHOWN, getReadiness } from "./get-readiness";
import { readScanFindings, tallyScanFindings } from "./read-scan-findings";
import { findingRow } from "./store-scan-findings";

afterAll(async () => {
  await db.$disconnect();
});

const NOW = new Date("2026-12-05T12:00:00Z");
const pod = (n: number) => ({ kind: "Pod", namespace: "team", name: `app-${String(n).padStart(5, "0")}` });

// Many low findings, a few critical ones stored last, one warning: the rows, not their insertion order, decide what is shown.
function manyFindings(): Finding[] {
  return [
    ...Array.from({ length: FINDINGS_SHOWN + 200 }, (_, n): Finding => ({ checkId: "POD-SA-TOKEN", status: "fail", object: pod(n), detail: "token mounted" })),
    { checkId: "POD-PRIVILEGE-ESCALATION", status: "warn", object: pod(1), detail: "not set" },
    ...[1, 2, 3].map((n): Finding => ({ checkId: "POD-PRIVILEGED", status: "fail", object: pod(n), detail: "privileged" })),
  ];
}

async function storedScan(findings: Finding[]) {
  const cluster = await db.cluster.create({ data: { name: `rows-${uniqueWord("c").slice(0, 12)}`, credentialKind: "kubeconfig" }, select: { id: true } });
  const scan = await db.postureScan.create({ data: { clusterId: cluster.id, state: "SUCCEEDED", finishedAt: new Date(NOW.getTime() - 60_000), score: 0 }, select: { id: true } });
  await db.postureFinding.createMany({ data: findings.map((f) => findingRow(scan.id, f)) });
  return { clusterId: cluster.id, scanId: scan.id };
}

describe("a scan's findings as rows", () => {
  it("reads them most severe first, up to a limit, and every one without", async () => {
    const { scanId } = await storedScan(manyFindings());
    const top = await readScanFindings(scanId, { limit: 5 });
    expect(top.map((f) => `${f.checkId} ${f.object.name}`)).toEqual(["POD-PRIVILEGED app-00001", "POD-PRIVILEGED app-00002", "POD-PRIVILEGED app-00003", "POD-PRIVILEGE-ESCALATION app-00001", "POD-SA-TOKEN app-00000"]);
    expect(top[0]).toEqual({ checkId: "POD-PRIVILEGED", status: "fail", object: pod(1), detail: "privileged" });
    expect(await readScanFindings(scanId)).toHaveLength(FINDINGS_SHOWN + 204);
  });

  it("tallies open and accepted findings per check in SQL, with acceptances in force at the time asked", async () => {
    const { clusterId, scanId } = await storedScan(manyFindings());
    const admin = await makeUser("ADMIN");
    const accept = (name: string, expiresAt: Date) =>
      db.riskAcceptance.create({ data: { clusterId, checkId: "POD-PRIVILEGED", objectKey: `Pod/team/${name}`, reason: "vendor agent, reviewed", expiresAt, acceptedById: admin.id, acceptedAt: new Date(NOW.getTime() - 3_600_000) } });
    await accept("app-00001", new Date(NOW.getTime() + 86_400_000));
    await accept("app-00002", new Date(NOW.getTime() - 60_000));
    const tallies = await tallyScanFindings(scanId, clusterId, NOW);
    const of = (checkId: string) => tallies.find((t) => t.checkId === checkId);
    expect(of("POD-PRIVILEGED")).toEqual({ checkId: "POD-PRIVILEGED", status: "fail", open: 2, accepted: 1 });
    expect(of("POD-SA-TOKEN")).toMatchObject({ open: FINDINGS_SHOWN + 200, accepted: 0 });
  });

  it("shows the overview's worst findings and counts all of them; the score counts a check whose every finding is accepted as passing", async () => {
    const findings = manyFindings();
    const { clusterId } = await storedScan(findings);
    const view = async () => (await getReadiness(NOW)).clusters.find((c) => c.id === clusterId)!;
    const before = await view();
    // Plus the audit-logging attestation the overview judges now (none given).
    expect(before.findingCount).toBe(findings.length + 1);
    expect(before.findings).toHaveLength(FINDINGS_SHOWN + 1);
    const admin = await makeUser("ADMIN");
    for (const n of [1, 2, 3]) {
      await db.riskAcceptance.create({ data: { clusterId, checkId: "POD-PRIVILEGED", objectKey: `Pod/team/${pod(n).name}`, reason: "vendor agent, reviewed", expiresAt: new Date(NOW.getTime() + 86_400_000), acceptedById: admin.id, acceptedAt: new Date(NOW.getTime() - 3_600_000) } });
    }
    const after = await view();
    expect(after.score!).toBeGreaterThan(before.score!);
    expect(after.findings.filter((f) => f.checkId === "POD-PRIVILEGED").every((f) => f.accepted)).toBe(true);
    const all = (await getReadiness(NOW, { allFindings: true })).clusters.find((c) => c.id === clusterId)!;
    expect(all.findings).toHaveLength(findings.length + 1);
  });
});
