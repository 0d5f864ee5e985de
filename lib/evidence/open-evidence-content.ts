import "server-only";
import { Readable } from "node:stream";
import { conflict } from "@/lib/errors";
import { canonicalJson } from "./canonical-json";
import type { EvidenceRow } from "./evidence-select";
import { getEvidenceStore } from "./evidence-store-instance";

// The bytes of an artefact: the stored object, or for by-reference evidence
// the canonical provider metadata its hash covers. Opening first means a
// missing object fails here, before anyone records a handling of it.
export async function openEvidenceContent(row: Pick<EvidenceRow, "location" | "reference" | "deletedAt" | "id">): Promise<Readable> {
  if (row.deletedAt) throw conflict(`Evidence ${row.id} was deleted on ${row.deletedAt.toISOString()}; only its record remains`);
  if (row.location === null) return Readable.from([Buffer.from(canonicalJson(row.reference ?? {}), "utf8")]);
  return getEvidenceStore().get(row.location);
}

const TEXT_MEDIA = /^(text\/|application\/(json|x-ndjson|yaml|x-yaml|xml)|application\/[a-z0-9.+-]+\+(json|xml))/;

export function previewKindOf(row: Pick<EvidenceRow, "mediaType" | "location">): "json" | "text" | null {
  if (row.location === null) return "json";
  if (/json/.test(row.mediaType) && !/ndjson/.test(row.mediaType)) return "json";
  return TEXT_MEDIA.test(row.mediaType) ? "text" : null;
}

// Reads at most `maxBytes` and stops the source: previews never pull a
// whole multi-gigabyte log through the server.
export async function readPrefix(source: Readable, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  try {
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      const room = maxBytes - total;
      if (buffer.length > room) {
        chunks.push(buffer.subarray(0, room));
        total = maxBytes;
        truncated = true;
        break;
      }
      chunks.push(buffer);
      total += buffer.length;
    }
  } finally {
    source.destroy();
  }
  return { bytes: Buffer.concat(chunks), truncated };
}
