import { z } from "zod";

const MiB = 1024 * 1024;

export const ZFilesystemStoreConfig = z.object({
  backend: z.literal("filesystem"),
  root: z.string().min(1).optional(),
});

export const ZS3StoreConfig = z
  .object({
    backend: z.literal("s3"),
    // Absent for AWS itself; set for MinIO, Ceph, R2, …
    endpoint: z.url("The S3 endpoint must be an absolute URL").optional(),
    bucket: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "The S3 bucket must be a valid bucket name (lower case, 3–63 characters)"),
    region: z.string().min(1, "The S3 region is required (any value for most S3-compatible servers)"),
    // Both or neither: without them the SDK's default chain applies
    // (IRSA / pod identity / instance profile).
    accessKeyId: z.string().min(1).optional(),
    secretAccessKey: z.string().min(1).optional(),
    forcePathStyle: z.boolean().optional(),
    objectLock: z
      .object({
        mode: z.enum(["GOVERNANCE", "COMPLIANCE"]),
        retainDays: z.number().int().positive(),
        // Place a legal hold on every new object as well.
        legalHold: z.boolean().optional(),
      })
      .optional(),
    // S3 refuses parts under 5 MiB; memory use is about partSize × queueSize.
    partSizeBytes: z.number().int().min(5 * MiB).optional(),
    uploadQueueSize: z.number().int().min(1).max(16).optional(),
  })
  .refine((config) => (config.accessKeyId === undefined) === (config.secretAccessKey === undefined), {
    message: "Set both the S3 access key id and secret access key, or neither",
    path: ["secretAccessKey"],
  });

export const ZEvidenceStoreConfig = z.discriminatedUnion("backend", [ZFilesystemStoreConfig, ZS3StoreConfig]);

export type TFilesystemStoreConfig = z.infer<typeof ZFilesystemStoreConfig>;
export type TS3StoreConfig = z.infer<typeof ZS3StoreConfig>;
export type TEvidenceStoreConfig = z.infer<typeof ZEvidenceStoreConfig>;
