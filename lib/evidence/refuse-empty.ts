import { Transform, type TransformCallback } from "node:stream";
import { badRequest } from "@/lib/errors";

// Fails an empty stream at its end, before the store can finish writing it,
// so an empty upload never becomes a stored object.
export function refuseEmpty(what = "The file"): Transform {
  let seen = false;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      if (chunk.length > 0) seen = true;
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(seen ? null : badRequest(`${what} is empty: there is nothing to keep as evidence`));
    },
  });
}
