import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { SizeLimitError } from "./hash-errors";
import { assertExpectedSha256, normalizeSha256 } from "./sha256-hex";

export type HashingCounterOptions = {
  // Errors the stream as soon as more than this many bytes have passed.
  maxBytes?: number;
  // Errors the stream at its end, before it signals completion, so a consumer
  // (a file, an upload, a zip entry) never sees a "finished" wrong stream.
  expectedSha256?: string;
  // Names the content in a mismatch message ("artefacts/pod.log").
  label?: string;
};

export type HashDigest = { sha256: string; size: number };

// A pass-through that hashes and counts what flows through it, so evidence
// is hashed at acquisition without ever being held in memory.
export class HashingCounter extends Transform {
  #hash: Hash = createHash("sha256");
  #bytes = 0;
  #digest: HashDigest | null = null;
  readonly #maxBytes: number;
  readonly #expectedSha256: string | undefined;
  readonly #label: string | undefined;

  constructor(options: HashingCounterOptions = {}) {
    super();
    this.#maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    // Validate up front: a malformed expectation should fail before any upload.
    this.#expectedSha256 = options.expectedSha256 === undefined ? undefined : normalizeSha256(options.expectedSha256);
    this.#label = options.label;
  }

  get bytes(): number {
    return this.#bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#bytes += chunk.length;
    if (this.#bytes > this.#maxBytes) {
      callback(new SizeLimitError(this.#maxBytes));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const digest = { sha256: this.#hash.digest("hex"), size: this.#bytes };
    try {
      assertExpectedSha256(this.#expectedSha256, digest.sha256, this.#label);
    } catch (error) {
      callback(error as Error);
      return;
    }
    this.#digest = digest;
    callback();
  }

  // Only meaningful once everything has passed through; asking earlier is a
  // programming error, not a hash of a prefix.
  digest(): HashDigest {
    if (!this.#digest) throw new Error("digest() called before the stream finished");
    return this.#digest;
  }
}

export function createHashingCounter(options?: HashingCounterOptions): HashingCounter {
  return new HashingCounter(options);
}
