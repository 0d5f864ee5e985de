import "server-only";
import { randomUUID } from "node:crypto";
import { chmod, link, mkdir, open, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError, conflict } from "@/lib/errors";
import { createHashingCounter } from "../hashing/hashing-counter";
import type { EvidenceStore, PutEvidenceOptions, PutEvidenceResult } from "./evidence-store";
import { formatFilesystemLocation, parseFilesystemLocation } from "./locations";
import { isNotFoundError, isStorageFullError, objectNotFound, storageFull } from "./storage-errors";

export const DEFAULT_FILESYSTEM_ROOT = ".data/evidence";

export type FilesystemStoreOptions = { root?: string };

// Layout under the root:
//   objects/ab/cd/<sha256>  the evidence, read-only, named by its own hash
//   tmp/<uuid>              uploads in flight; never outlive their put()
//   holds/<sha256>          legal-hold markers that block deleteUnreferenced
export function createFilesystemStore(options: FilesystemStoreOptions = {}): EvidenceStore {
  // A runtime location, not a source file: the ignore keeps the build from
  // tracing (and shipping) the whole project for it.
  const root = path.resolve(/* turbopackIgnore: true */ options.root ?? DEFAULT_FILESYSTEM_ROOT);
  const objectPath = (sha256: string) => path.join(root, "objects", sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  const holdPath = (sha256: string) => path.join(root, "holds", sha256);

  async function put(source: Readable, options: PutEvidenceOptions): Promise<PutEvidenceResult> {
    const counter = createHashingCounter({ maxBytes: options.maxBytes, expectedSha256: options.expectedSha256 });
    const tmpPath = path.join(root, "tmp", randomUUID());
    try {
      await mkdir(path.dirname(tmpPath), { recursive: true });
      await writeAndSync(source, counter, tmpPath, options.signal);
      const { sha256, size } = counter.digest();
      options.signal?.throwIfAborted();
      await chmod(tmpPath, 0o444);
      const alreadyStored = await placeObject(tmpPath, objectPath(sha256), size);
      return { sha256, size, location: formatFilesystemLocation(sha256), alreadyStored };
    } catch (error) {
      source.destroy();
      throw isStorageFullError(error) ? storageFull(error) : error;
    } finally {
      // After success the object is a second hard link, so this only drops
      // the temporary name; after failure it drops the partial upload.
      await rm(tmpPath, { force: true });
    }
  }

  async function get(location: string): Promise<Readable> {
    const file = objectPath(parseFilesystemLocation(location));
    try {
      // Opening before returning turns a missing object into NOT_FOUND here
      // rather than an error event halfway through a download.
      const handle = await open(file, "r");
      return handle.createReadStream();
    } catch (error) {
      throw isNotFoundError(error) ? objectNotFound(location) : error;
    }
  }

  async function statObject(location: string) {
    try {
      return { size: (await stat(objectPath(parseFilesystemLocation(location)))).size };
    } catch (error) {
      if (isNotFoundError(error)) return null;
      throw error;
    }
  }

  async function deleteUnreferenced(location: string): Promise<void> {
    const sha256 = parseFilesystemLocation(location);
    if (await exists(holdPath(sha256))) throw conflict(`Evidence object ${location} is under legal hold`);
    await rm(objectPath(sha256), { force: true });
  }

  async function setLegalHold(location: string, on: boolean): Promise<void> {
    const sha256 = parseFilesystemLocation(location);
    if (!(await exists(objectPath(sha256)))) throw objectNotFound(location);
    if (!on) {
      await rm(holdPath(sha256), { force: true });
      return;
    }
    await mkdir(path.dirname(holdPath(sha256)), { recursive: true });
    await writeFile(holdPath(sha256), `${new Date().toISOString()}\n`);
  }

  return { kind: "filesystem", put, get, stat: statObject, deleteUnreferenced, setLegalHold };
}

// Our own file handle (not a path-based write stream) so that the file
// exists, or not, before anything is streamed: nothing can still be opening
// or writing it when a failed put removes it.
async function writeAndSync(source: Readable, counter: NodeJS.ReadWriteStream, file: string, signal?: AbortSignal) {
  const handle = await open(file, "wx", 0o600);
  // flush: fsync before close, because evidence must survive a power cut once
  // we have reported it stored. A 1 MiB buffer (the default is 16 KiB, less
  // than one network chunk) lets disk writes overlap with receiving and
  // hashing instead of taking turns; larger buys little speed and costs
  // resident memory (bench:evidence).
  const sink = handle.createWriteStream({ flush: true, highWaterMark: 1024 * 1024 });
  try {
    await pipeline(source, counter, sink, { signal });
  } finally {
    // After a failure the pipeline settles before the handle is closed.
    if (!sink.closed) await new Promise<void>((resolve) => sink.once("close", () => resolve()));
  }
}

// link() fails with EEXIST instead of replacing, which makes "same content is
// already stored" an atomic check and never touches an existing object.
async function placeObject(tmpPath: string, target: string, size: number): Promise<boolean> {
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await link(tmpPath, target);
    await syncDirectory(path.dirname(target));
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const existing = await stat(target);
  if (existing.size !== size) {
    throw new AppError(
      "CONFLICT",
      `The stored copy of ${path.basename(target)} has ${existing.size} bytes instead of ${size}: verify the evidence store`,
    );
  }
  return true;
}

async function syncDirectory(directory: string) {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isNotFoundError(error)) return false;
    throw error;
  }
}
