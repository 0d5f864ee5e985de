import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createHashingCounter, type HashDigest } from "./hashing-counter";

// Hashes a whole stream and discards the bytes (re-verification).
export async function hashStream(source: NodeJS.ReadableStream, signal?: AbortSignal): Promise<HashDigest> {
  const counter = createHashingCounter();
  const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  await pipeline(source, counter, discard, { signal });
  return counter.digest();
}
