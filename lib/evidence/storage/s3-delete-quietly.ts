import "server-only";
import { DeleteObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { log } from "@/lib/log";

// Cleanup of our own scratch objects must not mask the outcome it follows;
// a leftover incoming/ object is garbage, not evidence, so it is only logged
// (a lifecycle rule on incoming/ is the backstop).
export async function deleteObjectQuietly(client: S3Client, bucket: string, key: string, versionId?: string) {
  try {
    // The version id matters on versioned (Object Lock) buckets, where a
    // plain delete would only hide the bytes behind a delete marker.
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
  } catch (error) {
    log.warn({ err: error, bucket, key }, "could not delete a temporary evidence upload");
  }
}
