import { createHash } from "node:crypto";
import { type Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { hashStream } from "../hashing/hash-stream";
import type { HashDigest } from "../hashing/hashing-counter";
import { BUNDLE_ENTRY } from "./bundle-types";
import { forEachZipEntry } from "./read-zip";

// Index files are parsed, so they are read into memory, within reason.
const MAX_INDEX_BYTES = 64 * 1024 * 1024;

export type BundleEntries = {
  digests: Map<string, HashDigest>;
  // Names stored more than once: a zip can hold two entries with one name,
  // and unzip tools disagree on which one wins.
  duplicates: string[];
  sumsText: string | null;
  manifestText: string | null;
};

// Hashes every entry of the zip, streaming.
export async function readBundleEntries(zipPath: string): Promise<BundleEntries> {
  const result: BundleEntries = { digests: new Map(), duplicates: [], sumsText: null, manifestText: null };
  await forEachZipEntry(zipPath, async (entry, open) => {
    if (entry.isDirectory) return;
    if (result.digests.has(entry.fileName)) result.duplicates.push(entry.fileName);
    const stream = await open();
    if (entry.fileName === BUNDLE_ENTRY.sums || entry.fileName === BUNDLE_ENTRY.manifest) {
      const buffer = await readAll(stream, entry.fileName);
      const text = buffer.toString("utf8");
      if (entry.fileName === BUNDLE_ENTRY.sums) result.sumsText = text;
      else result.manifestText = text;
      result.digests.set(entry.fileName, { sha256: createHash("sha256").update(buffer).digest("hex"), size: buffer.length });
      return;
    }
    result.digests.set(entry.fileName, await hashStream(stream));
  });
  return result;
}

// Through pipeline() rather than for-await: yauzl's streams for stored
// (uncompressed) entries never end under async iteration, which would leave
// a re-zipped bundle unverified.
async function readAll(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > MAX_INDEX_BYTES) return callback(new Error(`${name} is larger than ${MAX_INDEX_BYTES} bytes`));
      chunks.push(chunk);
      callback();
    },
  });
  await pipeline(stream, collect);
  return Buffer.concat(chunks);
}
