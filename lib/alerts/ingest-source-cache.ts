import "server-only";
import { db } from "@/lib/db";
import type { AlertSourceKind } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/incidents/incident-id";

export type IngestSource = { id: string; kind: AlertSourceKind; mapping: unknown; enabled: boolean; tokenHash: string };

// A sender posts thousands of events a second; reading its source row for
// each would be most of the work. The row is kept briefly: rotating or
// disabling clears it in this process at once, and other processes (more web
// nodes, the worker) see the change within this many milliseconds.
export const INGEST_SOURCE_TTL_MS = 5_000;

const holder = globalThis as unknown as { cordonIngestSources?: Map<string, { source: IngestSource; until: number }> };
const cache = (holder.cordonIngestSources ??= new Map());

// Unknown sources are not remembered: one created a moment later must work.
export async function findIngestSource(sourceId: string): Promise<IngestSource | null> {
  const now = Date.now();
  const hit = cache.get(sourceId);
  if (hit && hit.until > now) return hit.source;
  const source = isUuid(sourceId)
    ? await db.alertSource.findUnique({ where: { id: sourceId }, select: { id: true, kind: true, mapping: true, enabled: true, tokenHash: true } })
    : null;
  if (source) cache.set(sourceId, { source, until: now + INGEST_SOURCE_TTL_MS });
  else cache.delete(sourceId);
  return source;
}

export function forgetIngestSource(sourceId: string): void {
  cache.delete(sourceId);
}
