import { chmod, open, rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareAs, eventsOf, expectAppError } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { sha256Of } from "./hashing/test-streams";
import { recordEvidenceByReference } from "./record-evidence-by-reference";
import { byPerson, expectCustodyAudited, ingestText, withTemporaryFilesystemStore } from "./testing/evidence-fixtures";
import { verifyAllEvidence } from "./verify-all-evidence";
import { verifyEvidence } from "./verify-evidence";

const store = withTemporaryFilesystemStore();

// Changes one byte of a stored object in place, as an intruder with disk
// access (or bit rot) would.
async function flipFirstByte(sha256: string) {
  const file = store.objectPath(sha256);
  await chmod(file, 0o644);
  const handle = await open(file, "r+");
  try {
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, 0);
    byte[0] = byte[0]! ^ 0xff;
    await handle.write(byte, 0, 1, 0);
  } finally {
    await handle.close();
  }
}

const statusOf = (id: string) => db.evidence.findUniqueOrThrow({ where: { id }, select: { verificationStatus: true, lastVerifiedAt: true } });

describe("verifying evidence", () => {
  it("re-hashes on request and records the result with a custody event and a timeline entry", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const { id } = await ingestText(responder, incidentId, "verified log line\n");
    const result = await verifyEvidence(byPerson(responder), id);
    expect(result).toMatchObject({ status: "ok", expected: sha256Of("verified log line\n"), actual: sha256Of("verified log line\n") });
    expect(await statusOf(id)).toEqual({ verificationStatus: "ok", lastVerifiedAt: result.lastVerifiedAt });
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "verified"]);
    expect((await eventsOf(incidentId, "evidence_verified")).map((event) => event.data)).toEqual([expect.objectContaining({ evidenceId: id, result: "ok", trigger: "manual" })]);
    await expectAppError(verifyEvidence(byPerson(await makeUser("AUDITOR")), id), "FORBIDDEN");
  });

  it("scheduled verification finds a changed byte: status mismatch and a key alert on the incident, once", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const text = `miner binary dropped ${incidentId}\n`;
    const { id, sha256 } = await ingestText(lead, incidentId, text);
    await flipFirstByte(sha256);

    // Scoped to this test's incident: other test files share the database.
    const summary = await verifyAllEvidence({ incidentIds: [incidentId] });
    expect(summary).toEqual({ checked: 1, ok: 0, mismatch: 1, missing: 0, errors: 0 });
    expect((await statusOf(id)).verificationStatus).toBe("mismatch");
    const alerts = await eventsOf(incidentId, "evidence_integrity_failed");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ isKey: true, actorId: null, actorLabel: "system" });
    expect(alerts[0]!.body).toContain(sha256);
    expect(alerts[0]!.data).toMatchObject({ evidenceId: id, result: "mismatch", expected: sha256, trigger: "scheduled" });
    const custody = await db.custodyEvent.findFirstOrThrow({ where: { evidenceId: id, action: "verified" }, select: { data: true, actorLabel: true } });
    expect(custody).toMatchObject({ actorLabel: "system", data: { result: "mismatch", expected: sha256 } });

    // A second run records the check but does not raise the same alarm again.
    await verifyAllEvidence({ incidentIds: [incidentId] });
    expect(await eventsOf(incidentId, "evidence_integrity_failed")).toHaveLength(1);
    expect(await expectCustodyAudited(id)).toEqual(["collected", "stored", "verified", "verified"]);
  });

  it("reports a missing object as missing, and skips what was verified recently when asked", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const { id, sha256 } = await ingestText(lead, incidentId, `to be lost ${incidentId}`);
    await rm(store.objectPath(sha256), { force: true });
    expect(await verifyEvidence(byPerson(lead), id)).toMatchObject({ status: "missing", actual: null });
    const [alert] = await eventsOf(incidentId, "evidence_integrity_failed");
    expect(alert).toMatchObject({ isKey: true, body: expect.stringContaining("missing from storage") });

    const before = await db.custodyEvent.count({ where: { evidenceId: id } });
    const summary = await verifyAllEvidence({ incidentIds: [incidentId], notVerifiedSince: new Date(Date.now() - 60_000) });
    expect(summary.checked).toBe(0);
    expect(await db.custodyEvent.count({ where: { evidenceId: id } })).toBe(before);
  });

  it("verifies by-reference evidence against its recorded metadata and notices an edited record", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const reference = { provider: "aws", snapshotId: "snap-1", retainPolicy: "Retain", metadata: { volumeId: "vol-1" } };
    const { id } = await recordEvidenceByReference(
      { incidentId, kind: "NODE_DISK_SNAPSHOT", title: "node-7 root disk", acquisitionMethod: "EC2 CreateSnapshot", reference },
      byPerson(lead),
    );
    expect(await verifyEvidence(byPerson(lead), id)).toMatchObject({ status: "ok" });
    await db.evidence.update({ where: { id }, data: { reference: { ...reference, snapshotId: "snap-2" } } });
    expect(await verifyEvidence(byPerson(lead), id)).toMatchObject({ status: "mismatch" });
  });
});
