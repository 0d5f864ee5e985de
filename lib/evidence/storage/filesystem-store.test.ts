import { chmod, mkdtemp, open, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { HashMismatchError, SizeLimitError } from "../hashing/hash-errors";
import {
  endlessStream,
  generatedData,
  listFilesRecursively,
  readStream,
  sha256Of,
  streamAbortingAfter,
  streamFailingAfter,
} from "../hashing/test-streams";
import { createEvidenceStore } from "./create-store";
import type { EvidenceStore } from "./evidence-store";
import { createFilesystemStore } from "./filesystem-store";
import { verifyStoredObject } from "./verify-object";

const MiB = 1024 * 1024;
const putOptions = { maxBytes: 64 * MiB, contentType: "application/octet-stream" };

let root: string;
let store: EvidenceStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "cordon-evidence-fs-"));
  store = createFilesystemStore({ root });
});

afterEach(async () => {
  // Objects are read-only; removal needs only the directories' write bit.
  await rm(root, { recursive: true, force: true });
});

const objectFile = (sha256: string) => path.join(root, "objects", sha256.slice(0, 2), sha256.slice(2, 4), sha256);

async function expectNothingLeftBehind() {
  expect(await listFilesRecursively(path.join(root, "tmp"))).toEqual([]);
  expect(await listFilesRecursively(path.join(root, "objects"))).toEqual([]);
}

describe("filesystem evidence store", () => {
  it("stores content under its SHA-256, read-only, and reads it back", async () => {
    const data = generatedData(3 * MiB + 17, 11);
    const stored = await store.put(data.stream(), putOptions);

    expect(stored).toEqual({
      sha256: data.sha256,
      size: 3 * MiB + 17,
      location: `fs:sha256/${data.sha256}`,
      alreadyStored: false,
    });
    expect((await stat(objectFile(data.sha256))).mode & 0o777).toBe(0o444);
    expect(sha256Of(await readStream(await store.get(stored.location)))).toBe(data.sha256);
    expect(await store.stat(stored.location)).toEqual({ size: 3 * MiB + 17 });
    expect(await listFilesRecursively(path.join(root, "tmp"))).toEqual([]);
  });

  it("deduplicates identical content", async () => {
    const first = await store.put(Readable.from([Buffer.from("same bytes")]), putOptions);
    const second = await store.put(Readable.from([Buffer.from("same "), Buffer.from("bytes")]), putOptions);
    expect(second).toEqual({ ...first, alreadyStored: true });
    expect(await listFilesRecursively(path.join(root, "objects"))).toEqual([objectFile(sha256Of("same bytes"))]);
  });

  it("accepts content matching the expected hash, in any letter case", async () => {
    const stored = await store.put(Readable.from([Buffer.from("expected")]), {
      ...putOptions,
      expectedSha256: sha256Of("expected").toUpperCase(),
    });
    expect(stored.sha256).toBe(sha256Of("expected"));
  });

  it("refuses content that does not match the expected hash and keeps nothing", async () => {
    const expected = sha256Of("what the collector saw");
    const failure = await store
      .put(Readable.from([Buffer.from("what arrived")]), { ...putOptions, expectedSha256: expected })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HashMismatchError);
    expect(failure).toMatchObject({ expected, actual: sha256Of("what arrived") });
    expect((failure as Error).message).toContain(expected);
    expect((failure as Error).message).toContain(sha256Of("what arrived"));
    await expectNothingLeftBehind();
  });

  it("stops at the size limit with a clear error and keeps nothing", async () => {
    const failure = await store.put(endlessStream(), { ...putOptions, maxBytes: MiB }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SizeLimitError);
    expect((failure as Error).message).toBe("The evidence is over the 1 MiB limit");
    await expectNothingLeftBehind();
  });

  it("keeps nothing when the upload is aborted mid-stream", async () => {
    const controller = new AbortController();
    const source = streamAbortingAfter(256 * 1024, controller);
    const failure = await store
      .put(source, { ...putOptions, signal: controller.signal })
      .catch((error: unknown) => error);
    expect((failure as Error).name).toBe("AbortError");
    expect(source.destroyed).toBe(true);
    await expectNothingLeftBehind();
  });

  it("keeps nothing when the source stream fails mid-way", async () => {
    const failure = await store
      .put(streamFailingAfter(200 * 1024, "connection reset by collector"), putOptions)
      .catch((error: unknown) => error);
    expect((failure as Error).message).toBe("connection reset by collector");
    await expectNothingLeftBehind();
  });

  it("detects a changed byte on verification and reports both hashes", async () => {
    const data = generatedData(100_000, 3);
    const stored = await store.put(data.stream(), putOptions);
    expect(await verifyStoredObject(store, stored.location, data.sha256)).toEqual({
      ok: true,
      expected: data.sha256,
      actual: data.sha256,
      size: 100_000,
    });

    const file = objectFile(data.sha256);
    await chmod(file, 0o644);
    const handle = await open(file, "r+");
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, 5000);
    await handle.write(Buffer.from([byte[0]! ^ 0xff]), 0, 1, 5000);
    await handle.close();

    const tampered = sha256Of(await readFile(file));
    expect(await verifyStoredObject(store, stored.location, data.sha256)).toEqual({
      ok: false,
      expected: data.sha256,
      actual: tampered,
      size: 100_000,
    });
  });

  it("reports a missing object on verification", async () => {
    const sha256 = sha256Of("never stored");
    expect(await verifyStoredObject(store, `fs:sha256/${sha256}`, sha256)).toEqual({
      ok: false,
      expected: sha256,
      actual: null,
      size: null,
    });
    await expect(store.get(`fs:sha256/${sha256}`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await store.stat(`fs:sha256/${sha256}`)).toBeNull();
  });

  it.each([
    "fs:sha256/../../etc/passwd",
    `fs:sha256/${"a".repeat(64)}/../../../etc/passwd`,
    `fs:sha256/${"A".repeat(64)}`,
    `fs:sha256/${"a".repeat(63)}`,
    `fs:sha256/${"a".repeat(64)}\n`,
    `fs:/etc/passwd`,
    `s3:bucket/sha256/${"a".repeat(64)}`,
  ])("rejects the invalid location %j", async (location) => {
    await expect(store.get(location)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(store.stat(location)).rejects.toBeInstanceOf(AppError);
    await expect(store.deleteUnreferenced!(location)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(store.setLegalHold!(location, true)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses to delete an object under legal hold, and deletes it once lifted", async () => {
    const stored = await store.put(Readable.from([Buffer.from("held")]), putOptions);
    await store.setLegalHold!(stored.location, true);
    await expect(store.deleteUnreferenced!(stored.location)).rejects.toThrow(/legal hold/);
    expect(await store.stat(stored.location)).toEqual({ size: 4 });

    await store.setLegalHold!(stored.location, false);
    await store.deleteUnreferenced!(stored.location);
    expect(await store.stat(stored.location)).toBeNull();
  });

  it("is chosen by the store config, which is validated", () => {
    expect(createEvidenceStore({ backend: "filesystem", root }).kind).toBe("filesystem");
    expect(() =>
      createEvidenceStore({ backend: "s3", bucket: "Bad_Bucket", region: "us-east-1", accessKeyId: "only-one" }),
    ).toThrow(/bucket must be a valid bucket name.*access key id and secret access key/s);
  });
});
