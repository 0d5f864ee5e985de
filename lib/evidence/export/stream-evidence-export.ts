import "server-only";
import { PassThrough, Readable } from "node:stream";
import { log } from "@/lib/log";
import type { EvidenceBundleInput } from "../bundle/bundle-types";
import { writeEvidenceBundle } from "../bundle/write-evidence-bundle";

// The zip as a web stream for a Response. A failure halfway (storage gone,
// an artefact tampered with) errors the stream, so the client gets a broken
// download, never a short zip that looks complete.
export function streamEvidenceExport(bundle: EvidenceBundleInput): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  writeEvidenceBundle(output, bundle).catch((error: unknown) => {
    log.error({ err: error, incident: bundle.incident.number }, "evidence export failed while streaming");
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
