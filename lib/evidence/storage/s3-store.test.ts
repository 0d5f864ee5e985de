import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  GetObjectCommand, PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HashMismatchError, SizeLimitError } from "../hashing/hash-errors";
import {
  endlessStream,
  generatedData,
  readStream,
  sha256Of,
  streamAbortingAfter,
  streamFailingAfter,
} from "../hashing/test-streams";
import type { EvidenceStore } from "./evidence-store";
import { createS3Client } from "./s3-client";
import { createS3Store } from "./s3-store";
import { startTestS3Server } from "./s3-test-server";
import type { TS3StoreConfig } from "./store-config";
import { verifyStoredObject } from "./verify-object";

const MiB = 1024 * 1024;
const BUCKET = "cordon-evidence";
const putOptions = { maxBytes: 64 * MiB, contentType: "text/plain" };

type SentRequest = { command: string; headers: Record<string, string> };

let server: Awaited<ReturnType<typeof startTestS3Server>>;
let config: TS3StoreConfig;
let client: S3Client;
let store: EvidenceStore;
let sent: SentRequest[] = [];

// Observes what really goes over the wire (the SDK is not replaced).
function recordRequests(target: S3Client) {
  target.middlewareStack.add(
    (next, context) => async (args) => {
      const headers = (args.request as { headers?: Record<string, string> }).headers ?? {};
      sent.push({ command: context.commandName ?? "", headers: { ...headers } });
      return next(args);
    },
    { step: "build", name: "recordRequestsForTest" },
  );
  return target;
}

async function listKeys(): Promise<string[]> {
  const { Contents } = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (Contents ?? []).map((object) => object.Key ?? "").sort();
}

beforeAll(async () => {
  server = await startTestS3Server(BUCKET);
  // Multipart from 5 MiB (S3's minimum part size).
  config = { ...server.config, partSizeBytes: 5 * MiB, uploadQueueSize: 2 };
  client = createS3Client(config);
  store = createS3Store(config, recordRequests(createS3Client(config)));
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  sent = [];
  for (const key of await listKeys()) await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
});

describe("S3 evidence store (against s3rver)", () => {
  it("stores content under its SHA-256 and reads it back", async () => {
    const stored = await store.put(Readable.from([Buffer.from("kubelet log line\n")]), putOptions);
    const sha256 = sha256Of("kubelet log line\n");

    expect(stored).toEqual({ sha256, size: 17, location: `s3:${BUCKET}/sha256/${sha256}`, alreadyStored: false });
    expect((await readStream(await store.get(stored.location))).toString()).toBe("kubelet log line\n");
    expect(await store.stat(stored.location)).toEqual({ size: 17 });
    expect(await listKeys()).toEqual([`sha256/${sha256}`]);
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `sha256/${sha256}` }));
    expect(head).toMatchObject({ ContentType: "text/plain", Metadata: { sha256 } });
  });

  it("streams a large upload in parts and hashes it on the way", async () => {
    const data = generatedData(12 * MiB + 123, 5);
    const stored = await store.put(data.stream(), { ...putOptions, contentType: "application/octet-stream" });

    expect(stored).toMatchObject({ sha256: data.sha256, size: 12 * MiB + 123 });
    const commands = sent.map((request) => request.command);
    expect(commands.filter((command) => command === "UploadPartCommand")).toHaveLength(3);
    expect(commands).toEqual(
      expect.arrayContaining(["CreateMultipartUploadCommand", "CompleteMultipartUploadCommand", "CopyObjectCommand"]),
    );
    expect(await listKeys()).toEqual([`sha256/${data.sha256}`]);
    expect(await verifyStoredObject(store, stored.location, data.sha256)).toMatchObject({ ok: true, size: data.size });
  });

  it("deduplicates identical content", async () => {
    const first = await store.put(Readable.from([Buffer.from("same")]), putOptions);
    const second = await store.put(Readable.from([Buffer.from("sa"), Buffer.from("me")]), putOptions);
    expect(second).toEqual({ ...first, alreadyStored: true });
    expect(await listKeys()).toEqual([`sha256/${sha256Of("same")}`]);
  });

  it("refuses a single-part upload that does not match the expected hash and keeps nothing", async () => {
    const expected = sha256Of("original");
    const failure = await store
      .put(Readable.from([Buffer.from("altered")]), { ...putOptions, expectedSha256: expected })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HashMismatchError);
    expect(failure).toMatchObject({ expected, actual: sha256Of("altered") });
    expect(await listKeys()).toEqual([]);
  });

  it("refuses a multipart upload that does not match the expected hash and keeps no object", async () => {
    const data = generatedData(11 * MiB, 9);
    const expected = sha256Of("something else entirely");
    const failure = await store
      .put(data.stream(), { ...putOptions, expectedSha256: expected })
      .catch((error: unknown) => error);
    // The root cause wins even though s3rver answers the multipart abort with 405.
    expect(failure).toBeInstanceOf(HashMismatchError);
    expect(failure).toMatchObject({ expected, actual: data.sha256 });
    expect(sent.map((request) => request.command)).toContain("AbortMultipartUploadCommand");
    expect(await listKeys()).toEqual([]);
  });

  it("stops at the size limit and keeps nothing", async () => {
    const failure = await store.put(endlessStream(), { ...putOptions, maxBytes: 6 * MiB }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SizeLimitError);
    expect((failure as Error).message).toBe("The evidence is over the 6 MiB limit");
    expect(await listKeys()).toEqual([]);
  });

  it("keeps nothing when the upload is aborted mid-stream", async () => {
    const controller = new AbortController();
    const source = streamAbortingAfter(7 * MiB, controller);
    const failure = await store
      .put(source, { ...putOptions, signal: controller.signal })
      .catch((error: unknown) => error);
    expect((failure as Error).name).toBe("AbortError");
    expect(source.destroyed).toBe(true);
    expect(await listKeys()).toEqual([]);
  });

  it("keeps nothing when the source stream fails mid-way", async () => {
    const failure = await store
      .put(streamFailingAfter(6 * MiB, "node went away"), putOptions)
      .catch((error: unknown) => error);
    expect((failure as Error).message).toBe("node went away");
    expect(await listKeys()).toEqual([]);
  });

  async function waitForObjectLength(key: string, length: number) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      if ((await object.Body!.transformToByteArray()).length === length) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`${key} never read back with ${length} bytes`);
  }

  it("detects an object overwritten behind Cordon's back", async () => {
    const stored = await store.put(Readable.from([Buffer.from("authentic evidence")]), putOptions);
    await client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `sha256/${stored.sha256}`, Body: Buffer.from("authentic evidencf") }),
    );
    // s3rver answers the PUT before its file is fully rewritten; wait until
    // the object reads back whole, as real S3's read-after-write guarantees.
    await waitForObjectLength(`sha256/${stored.sha256}`, 18);
    expect(await verifyStoredObject(store, stored.location, stored.sha256)).toEqual({
      ok: false,
      expected: stored.sha256,
      actual: sha256Of("authentic evidencf"),
      size: 18,
    });
  });

  it("reports missing objects and deletes an unreferenced one", async () => {
    const missing = `s3:${BUCKET}/sha256/${sha256Of("nothing")}`;
    await expect(store.get(missing)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await store.stat(missing)).toBeNull();

    const stored = await store.put(Readable.from([Buffer.from("orphan")]), putOptions);
    await store.deleteUnreferenced!(stored.location);
    expect(await listKeys()).toEqual([]);
  });

  it.each([
    `s3:${BUCKET}/sha256/../incoming/x`,
    `s3:other-bucket/sha256/${"a".repeat(64)}`,
    `s3:${BUCKET}/incoming/${"a".repeat(64)}`,
    `fs:sha256/${"a".repeat(64)}`,
  ])("rejects the invalid location %j", async (location) => {
    await expect(store.get(location)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(store.stat(location)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("sends Object Lock retention and legal hold with the copy when configured", async () => {
    sent = [];
    const locked = createS3Store(
      { ...config, objectLock: { mode: "COMPLIANCE", retainDays: 365, legalHold: true } },
      recordRequests(createS3Client(config)),
    );
    const before = Date.now();
    const stored = await locked.put(Readable.from([Buffer.from("locked")]), putOptions);

    const copy = sent.find((request) => request.command === "CopyObjectCommand");
    expect(copy?.headers).toMatchObject({
      "x-amz-object-lock-mode": "COMPLIANCE",
      "x-amz-object-lock-legal-hold": "ON",
      "x-amz-metadata-directive": "REPLACE",
    });
    const retainUntil = Date.parse(copy?.headers["x-amz-object-lock-retain-until-date"] ?? "");
    expect(retainUntil - before).toBeGreaterThanOrEqual(365 * 24 * 3600 * 1000 - 1000);
    expect(retainUntil - before).toBeLessThan(366 * 24 * 3600 * 1000);
    // s3rver accepts the headers and ignores them (it has no Object Lock).
    expect(await listKeys()).toEqual([`sha256/${stored.sha256}`]);
  });

  it("explains that legal holds need Object Lock when the server refuses them", async () => {
    const stored = await store.put(Readable.from([Buffer.from("hold me")]), putOptions);
    // s3rver does not implement PutObjectLegalHold, like a bucket without Object Lock.
    await expect(store.setLegalHold!(stored.location, true)).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/refused to place the legal hold .*S3 Object Lock enabled/),
    });
  });
});
