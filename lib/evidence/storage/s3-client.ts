import { S3Client } from "@aws-sdk/client-s3";
import type { TS3StoreConfig } from "./store-config";

export function createS3Client(config: TS3StoreConfig): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // The SDK's default adds CRC32 trailers (aws-chunked encoding) that many
    // S3-compatible servers store verbatim or reject. Integrity is ours anyway:
    // we hash every byte we send and re-hash on verify.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}
