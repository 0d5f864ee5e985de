import "server-only";
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { createHashingCounter, type HashDigest } from "../hashing/hashing-counter";
import type { PutEvidenceOptions } from "./evidence-store";
import { deleteObjectQuietly } from "./s3-delete-quietly";

export type IncomingObject = HashDigest & { key: string; versionId: string | undefined };

export type UploadTuning = { partSizeBytes: number; queueSize: number };

// The final key is the content's hash, known only once the last byte has
// passed, so the bytes go to a random incoming/ key first.
export async function uploadIncoming(
  client: S3Client,
  bucket: string,
  source: Readable,
  options: PutEvidenceOptions,
  tuning: UploadTuning,
): Promise<IncomingObject> {
  const key = `incoming/${randomUUID()}`;
  const body = createHashingCounter({ maxBytes: options.maxBytes, expectedSha256: options.expectedSha256 });
  // Stream-side failures (source error, size limit, hash mismatch, abort)
  // destroy `body`; the upload sees its input fail and stops.
  const feeding = pipeline(source, body, { signal: options.signal }).catch(() => undefined);
  const upload = new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: body, ContentType: options.contentType },
    partSize: tuning.partSizeBytes,
    queueSize: tuning.queueSize,
  });

  let result: Awaited<ReturnType<Upload["done"]>> | undefined;
  let uploadError: unknown;
  try {
    result = await upload.done();
  } catch (error) {
    uploadError = error;
    // Unblocks the feeding pipeline when the failure came from S3's side.
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await feeding;

  // The stream's own error is the cause a person can act on; the upload's
  // error is then only a consequence (or a failed multipart abort).
  const failure = options.signal?.aborted ? abortError(options.signal) : (body.errored ?? uploadError);
  if (failure || !result) {
    // Covers a single-request PUT that completed before the failure was seen.
    await deleteObjectQuietly(client, bucket, key, result?.VersionId);
    throw failure ?? new Error("The S3 upload finished without a result");
  }
  return { ...body.digest(), key, versionId: result.VersionId };
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return Object.assign(new Error("The upload was aborted"), { name: "AbortError", cause: reason });
}
