import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { formatByteLimit, HashMismatchError, SizeLimitError } from "./hash-errors";
import { hashStream } from "./hash-stream";
import { createHashingCounter } from "./hashing-counter";
import { assertExpectedSha256, normalizeSha256 } from "./sha256-hex";
import { endlessStream, generatedData, sha256Of } from "./test-streams";

const sink = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });

describe("hashing counter", () => {
  it("hashes and counts while streaming", async () => {
    const data = generatedData(300_000, 7);
    const counter = createHashingCounter();
    expect(() => counter.digest()).toThrow(/before the stream finished/);
    await pipeline(data.stream(), counter, sink());
    expect(counter.digest()).toEqual({ sha256: data.sha256, size: 300_000 });
  });

  it("hashes an empty stream", async () => {
    expect(await hashStream(Readable.from([]))).toEqual({ sha256: sha256Of(""), size: 0 });
  });

  it("stops an endless stream as soon as it passes the limit", async () => {
    const counter = createHashingCounter({ maxBytes: 2 * 1024 ** 2 });
    const failure = await pipeline(endlessStream(), counter, sink()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SizeLimitError);
    expect((failure as Error).message).toBe("The evidence is over the 2 MiB limit");
    expect(counter.bytes).toBeLessThanOrEqual(2 * 1024 ** 2 + 64 * 1024);
  });

  it("fails at the end when the content does not match the expected hash", async () => {
    const wrong = sha256Of("something else");
    const counter = createHashingCounter({ expectedSha256: wrong.toUpperCase(), label: "pod.log" });
    const failure = await pipeline(Readable.from([Buffer.from("hello")]), counter, sink()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HashMismatchError);
    expect(failure).toMatchObject({ expected: wrong, actual: sha256Of("hello"), code: "BAD_REQUEST" });
    expect((failure as Error).message).toContain(`pod.log does not match its SHA-256: expected ${wrong}, got ${sha256Of("hello")}`);
  });

  it("rejects a malformed expected hash before reading anything", () => {
    expect(() => createHashingCounter({ expectedSha256: "abc" })).toThrow(/64 hexadecimal characters/);
    expect(normalizeSha256(` ${"AB".repeat(32)}\n`)).toBe("ab".repeat(32));
    expect(() => assertExpectedSha256("00".repeat(32), "11".repeat(32))).toThrow(HashMismatchError);
    expect(() => assertExpectedSha256(undefined, "11".repeat(32))).not.toThrow();
  });

  it("names limits in the largest exact binary unit", () => {
    expect(formatByteLimit(10 * 1024 ** 3)).toBe("10 GiB");
    expect(formatByteLimit(1536 * 1024 ** 2)).toBe("1536 MiB");
    expect(formatByteLimit(1024)).toBe("1 KiB");
    expect(formatByteLimit(1000)).toBe("1000 bytes");
  });
});
