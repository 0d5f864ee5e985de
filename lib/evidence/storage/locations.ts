import { invalidLocation } from "./storage-errors";

// Locations are parsed with anchored patterns that admit only a hex digest
// (and, for S3, a DNS-style bucket name), so no stored or user-supplied string
// can ever steer a path or key outside the content-addressed namespace.
const FS_LOCATION = /^fs:sha256\/([0-9a-f]{64})$/;
const S3_LOCATION = /^s3:([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/sha256\/([0-9a-f]{64})$/;

export const formatFilesystemLocation = (sha256: string) => `fs:sha256/${sha256}`;

export function parseFilesystemLocation(location: string): string {
  const sha256 = FS_LOCATION.exec(location)?.[1];
  if (!sha256) throw invalidLocation(location);
  return sha256;
}

export const formatS3Location = (bucket: string, sha256: string) => `s3:${bucket}/sha256/${sha256}`;

export function parseS3Location(location: string, bucket: string): { key: string; sha256: string } {
  const match = S3_LOCATION.exec(location);
  const sha256 = match?.[2];
  // An object in another bucket is not ours to read with these credentials.
  if (!sha256 || match[1] !== bucket) throw invalidLocation(location);
  return { key: `sha256/${sha256}`, sha256 };
}
