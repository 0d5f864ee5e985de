import "server-only";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  type CreateMultipartUploadCommandInput,
  type S3Client,
  UploadPartCopyCommand,
} from "@aws-sdk/client-s3";
import { log } from "@/lib/log";
import type { IncomingObject } from "./s3-upload-incoming";
import type { TS3StoreConfig } from "./store-config";

type ObjectLockSettings = NonNullable<TS3StoreConfig["objectLock"]>;

// S3 refuses a single CopyObject above 5 GiB; larger objects (disk images,
// checkpoints) are copied server-side in parts.
const MAX_SINGLE_COPY_BYTES = 5 * 1024 ** 3;
const MIN_COPY_PART_BYTES = 512 * 1024 ** 2;
const MAX_PARTS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

type Promotion = {
  client: S3Client;
  bucket: string;
  incoming: IncomingObject;
  finalKey: string;
  contentType: string;
  objectLock: ObjectLockSettings | undefined;
};

// Copies the uploaded bytes to their content-addressed key. Retention and
// legal hold are set here, on the final object only, so the scratch object
// stays deletable.
export async function promoteIncoming({ client, bucket, incoming, finalKey, contentType, objectLock }: Promotion) {
  const target = {
    Bucket: bucket,
    Key: finalKey,
    ContentType: contentType,
    Metadata: { sha256: incoming.sha256 },
    ...objectLockHeaders(objectLock, new Date()),
  };
  const copySource = `${bucket}/${incoming.key}${incoming.versionId ? `?versionId=${encodeURIComponent(incoming.versionId)}` : ""}`;
  if (incoming.size <= MAX_SINGLE_COPY_BYTES) {
    await client.send(new CopyObjectCommand({ ...target, CopySource: copySource, MetadataDirective: "REPLACE" }));
    return;
  }
  await copyInParts(client, target, copySource, incoming.size);
}

function objectLockHeaders(objectLock: ObjectLockSettings | undefined, now: Date) {
  if (!objectLock) return {};
  return {
    ObjectLockMode: objectLock.mode,
    ObjectLockRetainUntilDate: new Date(now.getTime() + objectLock.retainDays * DAY_MS),
    ...(objectLock.legalHold ? { ObjectLockLegalHoldStatus: "ON" as const } : {}),
  };
}

async function copyInParts(
  client: S3Client,
  target: CreateMultipartUploadCommandInput & { Bucket: string; Key: string },
  copySource: string,
  size: number,
) {
  const { UploadId } = await client.send(new CreateMultipartUploadCommand(target));
  const partSize = Math.max(MIN_COPY_PART_BYTES, Math.ceil(size / MAX_PARTS));
  try {
    const parts: { ETag: string | undefined; PartNumber: number }[] = [];
    // Sequential: each part is a server-side copy, so the client is idle and
    // parallelism would only add load on the storage service.
    for (let start = 0, partNumber = 1; start < size; start += partSize, partNumber += 1) {
      const end = Math.min(start + partSize, size) - 1;
      const { CopyPartResult } = await client.send(
        new UploadPartCopyCommand({
          Bucket: target.Bucket,
          Key: target.Key,
          UploadId,
          PartNumber: partNumber,
          CopySource: copySource,
          CopySourceRange: `bytes=${start}-${end}`,
        }),
      );
      parts.push({ ETag: CopyPartResult?.ETag, PartNumber: partNumber });
    }
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: target.Bucket,
        Key: target.Key,
        UploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
  } catch (error) {
    await client
      .send(new AbortMultipartUploadCommand({ Bucket: target.Bucket, Key: target.Key, UploadId }))
      .catch((abortError: unknown) => log.warn({ err: abortError, key: target.Key }, "could not abort a multipart copy"));
    throw error;
  }
}
