import "server-only";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectLegalHoldCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import type { EvidenceStore, PutEvidenceOptions, PutEvidenceResult } from "./evidence-store";
import { formatS3Location, parseS3Location } from "./locations";
import { createS3Client } from "./s3-client";
import { deleteObjectQuietly } from "./s3-delete-quietly";
import { promoteIncoming } from "./s3-promote-object";
import { uploadIncoming } from "./s3-upload-incoming";
import { objectNotFound } from "./storage-errors";
import type { TS3StoreConfig } from "./store-config";

// 8 MiB × 2 in flight keeps an upload's buffers well inside the ingest
// memory budget on a small machine while still using multipart.
const DEFAULT_PART_SIZE_BYTES = 8 * 1024 * 1024;
const DEFAULT_QUEUE_SIZE = 2;

export function createS3Store(config: TS3StoreConfig, client: S3Client = createS3Client(config)): EvidenceStore {
  const { bucket } = config;
  const tuning = {
    partSizeBytes: config.partSizeBytes ?? DEFAULT_PART_SIZE_BYTES,
    queueSize: config.uploadQueueSize ?? DEFAULT_QUEUE_SIZE,
  };

  async function put(source: Readable, options: PutEvidenceOptions): Promise<PutEvidenceResult> {
    const incoming = await uploadIncoming(client, bucket, source, options, tuning);
    try {
      options.signal?.throwIfAborted();
      const finalKey = `sha256/${incoming.sha256}`;
      const existingSize = await headSize(client, bucket, finalKey);
      if (existingSize === null) {
        await promoteIncoming({
          client,
          bucket,
          incoming,
          finalKey,
          contentType: options.contentType,
          objectLock: config.objectLock,
        });
      } else if (existingSize !== incoming.size) {
        throw new AppError(
          "CONFLICT",
          `The stored copy of ${finalKey} has ${existingSize} bytes instead of ${incoming.size}: verify the evidence store`,
        );
      }
      const location = formatS3Location(bucket, incoming.sha256);
      return { sha256: incoming.sha256, size: incoming.size, location, alreadyStored: existingSize !== null };
    } finally {
      await deleteObjectQuietly(client, bucket, incoming.key, incoming.versionId);
    }
  }

  async function get(location: string): Promise<Readable> {
    const { key } = parseS3Location(location, bucket);
    try {
      const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      // In Node the SDK hands back the HTTP response itself, a Readable.
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no readable body for ${location}`);
      return Body;
    } catch (error) {
      throw isS3NotFound(error) ? objectNotFound(location) : error;
    }
  }

  async function stat(location: string) {
    const size = await headSize(client, bucket, parseS3Location(location, bucket).key);
    return size === null ? null : { size };
  }

  async function deleteUnreferenced(location: string): Promise<void> {
    const { key } = parseS3Location(location, bucket);
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }

  async function setLegalHold(location: string, on: boolean): Promise<void> {
    const { key } = parseS3Location(location, bucket);
    try {
      await client.send(
        new PutObjectLegalHoldCommand({ Bucket: bucket, Key: key, LegalHold: { Status: on ? "ON" : "OFF" } }),
      );
    } catch (error) {
      if (isS3NotFound(error)) throw objectNotFound(location);
      const failure = new AppError(
        "UNAVAILABLE",
        `The object store refused to ${on ? "place" : "lift"} the legal hold on ${location} ` +
          `(${(error as Error).message}); the bucket must have S3 Object Lock enabled`,
      );
      failure.cause = error;
      throw failure;
    }
  }

  return { kind: "s3", put, get, stat, deleteUnreferenced, setLegalHold };
}

async function headSize(client: S3Client, bucket: string, key: string): Promise<number | null> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ContentLength ?? 0;
  } catch (error) {
    if (isS3NotFound(error)) return null;
    throw error;
  }
}

function isS3NotFound(error: unknown): boolean {
  const candidate = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return (
    candidate?.name === "NoSuchKey" || candidate?.name === "NotFound" || candidate?.$metadata?.httpStatusCode === 404
  );
}
