// Alert ingestion is the one write path that comes in floods (a Falco rule
// firing on every node). The front door answers it without Next's request
// machinery, which on a 2-core machine costs more than storing the alert.
// The handler itself lives in the app's module graph (it needs the
// database); the app publishes it at start-up (instrumentation.ts) through
// a well-known global symbol, as the public page's responses are handed
// over (lib/public-status/prebuilt-responses.ts). Until then, and under
// `npm run dev`, requests reach the same handler through Next's route.

export type IngestHandler = (sourceId: string, request: Request) => Promise<Response>;

const SLOT = Symbol.for("cordon.alerts.ingest-handler");
type Holder = { [SLOT]?: IngestHandler };

export function publishIngestHandler(handler: IngestHandler): void {
  (globalThis as Holder)[SLOT] = handler;
}

export function currentIngestHandler(): IngestHandler | undefined {
  return (globalThis as Holder)[SLOT];
}

const INGEST_PATH = /^\/api\/v1\/ingest\/([^/]+)\/?$/;

/** The source id of an ingest URL's path, else undefined. */
export function ingestSourceId(pathname: string): string | undefined {
  const match = INGEST_PATH.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
