import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

// Test helpers: deterministic data produced chunk by chunk, so large inputs
// never exist as one buffer, plus streams that fail or stall on cue.

const CHUNK = 64 * 1024;

function* pseudoRandomChunks(size: number, seed: number): Generator<Buffer> {
  let state = seed >>> 0 || 1;
  for (let offset = 0; offset < size; offset += CHUNK) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, size - offset));
    for (let i = 0; i < chunk.length; i += 1) {
      // xorshift32: cheap and reproducible.
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      chunk[i] = state & 0xff;
    }
    yield chunk;
  }
}

export function generatedData(size: number, seed = 1) {
  const hash = createHash("sha256");
  for (const chunk of pseudoRandomChunks(size, seed)) hash.update(chunk);
  return { sha256: hash.digest("hex"), size, stream: () => Readable.from(pseudoRandomChunks(size, seed)) };
}

export function sha256Of(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

// Never ends on its own: only a size limit or an abort can stop a reader.
export function endlessStream(): Readable {
  return new Readable({
    read() {
      this.push(Buffer.alloc(CHUNK, 0x61));
    },
  });
}

export function streamFailingAfter(bytes: number, message: string): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) {
        this.destroy(new Error(message));
        return;
      }
      sent += 1024;
      this.push(Buffer.alloc(1024, 0x62));
    },
  });
}

// Sends `bytes`, aborts `controller`, then stalls: the reader can only finish
// by honouring the abort.
export function streamAbortingAfter(bytes: number, controller: AbortController): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytes) {
        controller.abort();
        return;
      }
      sent += 1024;
      this.push(Buffer.alloc(1024, 0x63));
    },
  });
}

export async function listFilesRecursively(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
