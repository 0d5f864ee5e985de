import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { declareAs, expectAppError, expectRecorded } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { endlessStream, generatedData, sha256Of, streamFailingAfter } from "./hashing/test-streams";
import { ingestEvidence } from "./ingest-evidence";
import { recordEvidenceByReference } from "./record-evidence-by-reference";
import { custodyActions, expectCustodyAudited, ingestText, withTemporaryFilesystemStore } from "./testing/evidence-fixtures";

const MAX_BYTES = 4 * 1024 * 1024;
const store = withTemporaryFilesystemStore({ maxBytes: MAX_BYTES });

async function evidenceCount(incidentId: string) {
  return db.evidence.count({ where: { incidentId } });
}

describe("ingestEvidence", () => {
  it("stores the bytes under their SHA-256 and records every field, custody, timeline and audit in one go", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const text = "2026-11-25T10:00:00Z xmrig started\n";
    const created = await ingestText(responder, incidentId, text, {
      source: { cluster: "prod-eu", node: "node-7", namespace: "payments", pod: "checkout-7d9f", container: "app" },
      tags: ["Miner", "xmrig"],
      description: "Before quarantine",
    });
    expect(created).toEqual({ id: expect.any(String), sha256: sha256Of(text), size: text.length });

    const row = await db.evidence.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      incidentId,
      kind: "POD_LOGS",
      title: "checkout pod log",
      description: "Before quarantine",
      tags: ["miner", "xmrig"],
      sourceCluster: "prod-eu",
      sourceNode: "node-7",
      sourceNamespace: "payments",
      sourcePod: "checkout-7d9f",
      sourceContainer: "app",
      acquisitionMethod: "kubectl logs",
      fileName: "checkout.log",
      mediaType: "text/plain",
      sha256: sha256Of(text),
      size: BigInt(text.length),
      storageBackend: "filesystem",
      location: `fs:sha256/${sha256Of(text)}`,
      collectedById: responder.id,
      collectedBy: `${responder.name} <${responder.email}>`,
      legalHold: false,
      verificationStatus: "unverified",
      deletedAt: null,
    });
    expect(await store.objectFiles()).toContain(store.objectPath(sha256Of(text)));
    expect(await expectCustodyAudited(created.id)).toEqual(["collected", "stored"]);
    const custody = await db.custodyEvent.findMany({ where: { evidenceId: created.id }, orderBy: { id: "asc" } });
    expect(custody[0]).toMatchObject({ actorId: responder.id, address: "203.0.113.7", userAgent: "vitest" });
    const { data } = await expectRecorded(incidentId, "evidence_added", responder);
    expect(data).toMatchObject({ evidenceId: created.id, sha256: sha256Of(text), size: text.length });
  });

  it("deposits evidence for Cordon's own jobs (no user) and keeps the file name only for display", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead, { restricted: true });
    const created = await ingestEvidence(
      {
        incidentId,
        kind: "EVENTS",
        title: "namespace events",
        acquisitionMethod: "list events",
        mediaType: "application/json",
        fileName: "../../etc/\u202epasswd",
        stream: Readable.from(['{"items":[]}']),
      },
      { user: null, actor: SYSTEM_ACTOR },
    );
    const row = await db.evidence.findUniqueOrThrow({ where: { id: created.id }, select: { collectedBy: true, collectedById: true, fileName: true } });
    expect(row).toEqual({ collectedBy: "system", collectedById: null, fileName: "passwd" });
  });

  it("keeps one object for identical content and a record for each deposit", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const first = await ingestText(responder, incidentId, "same bytes twice");
    const second = await ingestText(responder, incidentId, "same bytes twice", { title: "copy" });
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect((await store.objectFiles()).filter((file) => file.endsWith(first.sha256))).toHaveLength(1);
    const stored = await db.custodyEvent.findFirstOrThrow({ where: { evidenceId: second.id, action: "stored" }, select: { data: true } });
    expect(stored.data).toMatchObject({ deduplicated: true });
  });

  it("refuses an empty file, a hash mismatch (naming both hashes) and an over-limit stream, keeping nothing", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const before = await store.objectFiles();

    await expectAppError(ingestText(responder, incidentId, ""), "BAD_REQUEST", /empty/);
    const claimed = sha256Of("what the collector saw");
    const mismatch = await expectAppError(ingestText(responder, incidentId, "what arrived", { expectedSha256: claimed }), "BAD_REQUEST");
    expect(mismatch.message).toContain(claimed);
    expect(mismatch.message).toContain(sha256Of("what arrived"));
    await expectAppError(ingestText(responder, incidentId, "x", { stream: endlessStream() }), "PAYLOAD_TOO_LARGE", "The evidence is over the 4 MiB limit");

    expect(await evidenceCount(incidentId)).toBe(0);
    expect(await store.objectFiles()).toEqual(before);
    expect(await store.tmpFiles()).toEqual([]);
  });

  it("keeps nothing when the source fails mid-stream (a collector or client that went away)", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const before = await store.objectFiles();
    const failure = await ingestText(responder, incidentId, "x", { stream: streamFailingAfter(512 * 1024, "connection reset") }).catch((e: unknown) => e);
    expect((failure as Error).message).toBe("connection reset");
    const controller = new AbortController();
    const aborted = ingestText(responder, incidentId, "x", { stream: endlessStream(), signal: controller.signal });
    controller.abort();
    expect(((await aborted.catch((e: unknown) => e)) as Error).name).toBe("AbortError");
    expect(await evidenceCount(incidentId)).toBe(0);
    expect(await store.objectFiles()).toEqual(before);
    expect(await store.tmpFiles()).toEqual([]);
  });

  it("refuses bad metadata, unknown incidents and read-only roles before reading a byte", async () => {
    const responder = await makeUser("RESPONDER");
    const auditor = await makeUser("AUDITOR");
    const { id: incidentId } = await declareAs(responder);
    const data = generatedData(1024, 3);
    const untouched = data.stream();
    await expectAppError(ingestText(responder, incidentId, "x", { title: "  ", stream: untouched }), "BAD_REQUEST", /title: Give the evidence a title/);
    expect(untouched.destroyed).toBe(true);
    await expectAppError(ingestText(responder, incidentId, "x", { mediaType: "not a type" }), "BAD_REQUEST", /mediaType/);
    await expectAppError(ingestText(responder, "00000000-0000-4000-8000-000000000000", "x"), "NOT_FOUND", "Incident not found");
    await expectAppError(ingestText(auditor, incidentId, "x"), "FORBIDDEN");
    expect(await evidenceCount(incidentId)).toBe(0);
  });
});

describe("recordEvidenceByReference", () => {
  it("records a CSI snapshot's provider metadata and hashes its canonical form", async () => {
    const lead = await makeUser("LEAD");
    const { id: incidentId } = await declareAs(lead);
    const reference = {
      provider: "csi:ebs.csi.aws.com",
      snapshotId: "snap-0abc",
      diskId: "vol-0123",
      region: "eu-west-1",
      zone: "eu-west-1a",
      retainPolicy: "Retain",
      metadata: { volumeSnapshotClass: "forensic", readyToUse: true, restoreSize: "20Gi" },
    };
    const created = await recordEvidenceByReference(
      { incidentId, kind: "VOLUME_SNAPSHOT", title: "payments PVC snapshot", acquisitionMethod: "VolumeSnapshot", reference, source: { cluster: "prod-eu", namespace: "payments" } },
      { user: lead, actor: { id: lead.id, label: lead.email } },
    );
    const { sha256, size } = await import("./canonical-json").then(({ hashCanonicalJson }) => hashCanonicalJson({ ...reference, metadata: { restoreSize: "20Gi", readyToUse: true, volumeSnapshotClass: "forensic" } }));
    expect(created).toEqual({ id: expect.any(String), sha256, size });
    const row = await db.evidence.findUniqueOrThrow({ where: { id: created.id }, select: { reference: true, location: true, storageBackend: true } });
    expect(row).toEqual({ reference, location: null, storageBackend: null });
    expect(await custodyActions(created.id)).toEqual(["collected", "stored"]);
    await expectRecorded(incidentId, "evidence_added", lead);
  });
});
