import "server-only";
import { env, type TEnv } from "@/lib/env";
import { createEvidenceStore } from "./storage/create-store";
import type { EvidenceStore } from "./storage/evidence-store";
import type { TEvidenceStoreConfig } from "./storage/store-config";

// One store per process, configured from the environment. Next's dev server
// reloads modules, hence globalThis; tests swap in a store of their own.
const holder = globalThis as unknown as { cordonEvidenceStore?: EvidenceStore; cordonEvidenceMaxBytes?: number };

export function getEvidenceStore(): EvidenceStore {
  holder.cordonEvidenceStore ??= createEvidenceStore(storeConfigFromEnv(env()));
  return holder.cordonEvidenceStore;
}

// For tests (both backends, small limits): every operation after this call
// uses `store` and `maxBytes`; `null` returns to the configured ones.
export function setEvidenceStore(store: EvidenceStore | null, options: { maxBytes?: number } = {}): void {
  holder.cordonEvidenceStore = store ?? undefined;
  holder.cordonEvidenceMaxBytes = options.maxBytes;
}

export function evidenceMaxBytes(): number {
  return holder.cordonEvidenceMaxBytes ?? env().CORDON_EVIDENCE_MAX_BYTES;
}

export function storeConfigFromEnv(values: TEnv): TEvidenceStoreConfig {
  if (values.CORDON_EVIDENCE_BACKEND === "filesystem") return { backend: "filesystem", root: values.CORDON_EVIDENCE_DIR };
  const objectLock =
    values.CORDON_S3_OBJECT_LOCK_MODE && values.CORDON_S3_OBJECT_LOCK_DAYS
      ? { mode: values.CORDON_S3_OBJECT_LOCK_MODE, retainDays: values.CORDON_S3_OBJECT_LOCK_DAYS }
      : undefined;
  return {
    backend: "s3",
    endpoint: values.CORDON_S3_ENDPOINT,
    bucket: values.CORDON_S3_BUCKET ?? "",
    region: values.CORDON_S3_REGION,
    accessKeyId: values.CORDON_S3_ACCESS_KEY_ID,
    secretAccessKey: values.CORDON_S3_SECRET_ACCESS_KEY,
    forcePathStyle: values.CORDON_S3_FORCE_PATH_STYLE,
    objectLock,
  };
}
