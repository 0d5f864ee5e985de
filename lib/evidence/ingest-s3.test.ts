import { Readable } from "node:stream";
import { ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { downloadEvidence } from "./download-evidence";
import { setEvidenceStore } from "./evidence-store-instance";
import { generatedData, readStream, sha256Of } from "./hashing/test-streams";
import { createEvidenceStore } from "./storage/create-store";
import { createS3Client } from "./storage/s3-client";
import { createS3Store } from "./storage/s3-store";
import { startTestS3Server } from "./storage/s3-test-server";
import type { TS3StoreConfig } from "./storage/store-config";
import { byPerson, ingestText } from "./testing/evidence-fixtures";
import { startCuttableProxy } from "./testing/cuttable-proxy";
import { verifyEvidence } from "./verify-evidence";

const MiB = 1024 * 1024;
const BUCKET = "cordon-evidence-ingest";
let server: Awaited<ReturnType<typeof startTestS3Server>>;
let config: TS3StoreConfig;
let client: S3Client;

beforeAll(async () => {
  server = await startTestS3Server(BUCKET);
  config = { ...server.config, partSizeBytes: 5 * MiB, uploadQueueSize: 2 };
  client = createS3Client(config);
  // Through the factory the app uses (the S3 store is loaded lazily there).
  setEvidenceStore(createEvidenceStore(config), { maxBytes: 64 * MiB });
});

afterAll(async () => {
  setEvidenceStore(null);
  await server?.stop();
});

async function bucketKeys(): Promise<string[]> {
  const { Contents } = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (Contents ?? []).map((object) => object.Key ?? "").sort();
}

describe("evidence on S3-compatible storage (s3rver)", () => {
  it("ingests, downloads with a reason and verifies through the S3 backend", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const data = generatedData(11 * MiB + 3, 5);
    const created = await ingestText(responder, incidentId, "", { stream: data.stream(), mediaType: "application/octet-stream", kind: "MEMORY_IMAGE" });
    expect(created).toMatchObject({ sha256: data.sha256, size: 11 * MiB + 3 });
    const row = await db.evidence.findUniqueOrThrow({ where: { id: created.id }, select: { storageBackend: true, location: true } });
    expect(row).toEqual({ storageBackend: "s3", location: `s3:${BUCKET}/sha256/${data.sha256}` });
    expect(await bucketKeys()).toContain(`sha256/${data.sha256}`);

    const download = await downloadEvidence(byPerson(responder), created.id, "Copy for the forensics firm");
    expect(sha256Of(await readStream(download.stream))).toBe(data.sha256);
    expect(await verifyEvidence(byPerson(responder), created.id)).toMatchObject({ status: "ok", actual: data.sha256 });
  });

  it("keeps no row and no object when storage becomes unreachable mid-upload", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const port = Number(new URL(server.config.endpoint!).port);
    const proxy = await startCuttableProxy(port);
    setEvidenceStore(createS3Store({ ...config, endpoint: `http://127.0.0.1:${proxy.port}` }), { maxBytes: 64 * MiB });
    const before = await bucketKeys();
    let sent = 0;
    try {
      const data = generatedData(20 * MiB, 9);
      // Cuts the connection once the first part is on its way.
      const source = Readable.from(
        (async function* () {
          for await (const chunk of data.stream()) {
            sent += (chunk as Buffer).length;
            if (sent >= 7 * MiB && sent - (chunk as Buffer).length < 7 * MiB) proxy.cut();
            yield chunk as Buffer;
          }
        })(),
      );
      await expectAppError(ingestText(responder, incidentId, "", { stream: source }), "UNAVAILABLE", /Evidence storage could not be reached .*nothing was recorded/);
    } finally {
      setEvidenceStore(createS3Store(config), { maxBytes: 64 * MiB });
    }
    expect(sent).toBeGreaterThanOrEqual(7 * MiB);
    expect(await db.evidence.count({ where: { incidentId } })).toBe(0);
    const after = await bucketKeys();
    expect(after.filter((key) => key.startsWith("sha256/"))).toEqual(before.filter((key) => key.startsWith("sha256/")));
  });

  it("refuses with a clear error when storage cannot be reached at all, recording nothing", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const proxy = await startCuttableProxy(1);
    proxy.cut();
    setEvidenceStore(createS3Store({ ...config, endpoint: `http://127.0.0.1:${proxy.port}` }), { maxBytes: 64 * MiB });
    try {
      await expectAppError(ingestText(responder, incidentId, "anything"), "UNAVAILABLE", /ECONNREFUSED.*nothing was recorded/);
    } finally {
      setEvidenceStore(createS3Store(config), { maxBytes: 64 * MiB });
    }
    expect(await db.evidence.count({ where: { incidentId } })).toBe(0);
  });

  it("refuses an empty upload without leaving an object behind", async () => {
    const responder = await makeUser("RESPONDER");
    const { id: incidentId } = await declareAs(responder);
    const before = await bucketKeys();
    await expectAppError(ingestText(responder, incidentId, "", { stream: Readable.from([]) }), "BAD_REQUEST", /empty/);
    expect(await bucketKeys()).toEqual(before);
  });
});
