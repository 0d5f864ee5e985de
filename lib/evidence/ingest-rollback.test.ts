import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { declareAs } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { setEvidenceStore } from "./evidence-store-instance";
import { sha256Of } from "./hashing/test-streams";
import type { EvidenceStore } from "./storage/evidence-store";
import { createFilesystemStore } from "./storage/filesystem-store";
import { createS3Client } from "./storage/s3-client";
import { createS3Store } from "./storage/s3-store";
import { startTestS3Server } from "./storage/s3-test-server";
import { ingestText } from "./testing/evidence-fixtures";

// Fault injection: the incident's timeline write fails once asked to, which
// fails the whole ingest transaction after the object is stored.
const fault = vi.hoisted(() => ({ failTimeline: false }));
vi.mock("@/lib/incidents/record-change", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/incidents/record-change")>();
  return {
    ...original,
    recordIncidentChange: (...args: Parameters<typeof original.recordIncidentChange>) => {
      if (fault.failTimeline) throw new Error("database went away");
      return original.recordIncidentChange(...args);
    },
  };
});

const BUCKET = "cordon-evidence-rollback";
let s3: Awaited<ReturnType<typeof startTestS3Server>>;
let root: string;
const stores: Record<string, { store: () => EvidenceStore; exists: (sha256: string) => Promise<boolean> }> = {};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "cordon-evidence-rollback-"));
  s3 = await startTestS3Server(BUCKET);
  const client = createS3Client(s3.config);
  const fsStore = createFilesystemStore({ root });
  const s3Store = createS3Store(s3.config);
  stores.filesystem = { store: () => fsStore, exists: async (sha256) => (await fsStore.stat(`fs:sha256/${sha256}`)) !== null };
  stores.s3 = {
    store: () => s3Store,
    exists: async (sha256) => {
      const { Contents } = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (Contents ?? []).some((object) => object.Key === `sha256/${sha256}`);
    },
  };
});

afterAll(async () => {
  setEvidenceStore(null);
  await s3?.stop();
  await rm(root, { recursive: true, force: true });
});

describe.each(["filesystem", "s3"])("a failed ingest transaction (%s backend)", (backend) => {
  it("removes the object it stored, leaving neither row nor object", async () => {
    const { store, exists } = stores[backend]!;
    setEvidenceStore(store());
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const text = `only in a failed transaction (${backend}) ${incidentId}`;
    fault.failTimeline = true;
    try {
      const failure = await ingestText(responder, incidentId, text).catch((error: unknown) => error);
      expect((failure as Error).message).toBe("database went away");
    } finally {
      fault.failTimeline = false;
    }
    expect(await db.evidence.count({ where: { incidentId } })).toBe(0);
    expect(await db.custodyEvent.count({ where: { evidence: { incidentId } } })).toBe(0);
    expect(await exists(sha256Of(text))).toBe(false);
  });

  it("keeps an object that another record already references (deduplicated content)", async () => {
    const { store, exists } = stores[backend]!;
    setEvidenceStore(store());
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const text = `shared content (${backend}) ${incidentId}`;
    const kept = await ingestText(responder, incidentId, text);
    fault.failTimeline = true;
    try {
      const failure = await ingestText(responder, incidentId, text).catch((error: unknown) => error);
      expect((failure as Error).message).toBe("database went away");
    } finally {
      fault.failTimeline = false;
    }
    expect(await db.evidence.count({ where: { incidentId } })).toBe(1);
    expect(await exists(kept.sha256)).toBe(true);
  });
});
