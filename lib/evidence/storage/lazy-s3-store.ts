import "server-only";
import type { Readable } from "node:stream";
import type { EvidenceStore, PutEvidenceOptions } from "./evidence-store";
import type { TS3StoreConfig } from "./store-config";

// The AWS SDK costs about 20 MB of memory once loaded. Every server process
// reaches the evidence store (the verification job is registered at
// start-up), so the S3 store is loaded on its first use, and a
// filesystem-backed installation never loads it at all.
export function createLazyS3Store(config: TS3StoreConfig): EvidenceStore {
  let loaded: Promise<EvidenceStore> | undefined;
  const store = () => (loaded ??= import("./s3-store").then(({ createS3Store }) => createS3Store(config)));
  return {
    kind: "s3",
    put: async (stream: Readable, options: PutEvidenceOptions) => (await store()).put(stream, options),
    get: async (location: string) => (await store()).get(location),
    stat: async (location: string) => (await store()).stat(location),
    deleteUnreferenced: async (location: string) => (await store()).deleteUnreferenced!(location),
    setLegalHold: async (location: string, on: boolean) => (await store()).setLegalHold!(location, on),
  };
}
