import "server-only";
import { badRequest } from "@/lib/errors";
import type { EvidenceStore } from "./evidence-store";
import { createFilesystemStore } from "./filesystem-store";
import { createLazyS3Store } from "./lazy-s3-store";
import { type TEvidenceStoreConfig, ZEvidenceStoreConfig } from "./store-config";

// The config usually comes from environment variables, so a mistake is
// reported with the field it concerns rather than at the first upload.
export function createEvidenceStore(config: TEvidenceStoreConfig): EvidenceStore {
  const parsed = ZEvidenceStoreConfig.safeParse(config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`);
    throw badRequest(`Invalid evidence storage configuration: ${problems.join("; ")}`);
  }
  const valid = parsed.data;
  return valid.backend === "filesystem" ? createFilesystemStore({ root: valid.root }) : createLazyS3Store(valid);
}
