import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { answerPrebuilt } from "../public-status/answer-prebuilt";
import { PREBUILT_SUB_PATHS, type PrebuiltPublicStatus } from "../public-status/prebuilt-responses";
import { ingestSourceId, type IngestHandler } from "./ingest-handoff";
import { hostnameOf, INTERNAL_PUBLIC_STATUS_PATH, publicSubPath, type PublicLocation } from "../public-status/public-location";

// The first code every HTTP request meets (scripts/serve.ts). It answers the
// public status page from the prebuilt responses without entering Next —
// the page must stand up to an outage's worth of visitors — and maps the
// page's configured location (its own host, or a path) onto the app's
// route. Alert ingestion goes straight to the app's handler (see
// ingest-handoff.ts). Everything else goes to Next untouched.
//
// Pure routing: no database, no imports from the app, so it can be bundled
// on its own and tested with any `next` handler.

export type FrontDoorOptions = {
  location: PublicLocation;
  publicStatusOn: boolean;
  next: (request: IncomingMessage, response: ServerResponse) => Promise<unknown> | unknown;
  prebuilt: () => PrebuiltPublicStatus | undefined;
  ingest?: () => IngestHandler | undefined;
  onError?: (error: unknown) => void;
};

export function createFrontDoor(options: FrontDoorOptions) {
  const atDefaultPlace = !options.location.host && options.location.path === INTERNAL_PUBLIC_STATUS_PATH;

  return async function frontDoor(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = request.url ?? "/";
      const queryAt = url.indexOf("?");
      const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
      const query = queryAt === -1 ? "" : url.slice(queryAt);
      const subPath = publicSubPath(options.location, request.headers.host, pathname);

      if (subPath === undefined) {
        // A host of its own serves the public page and nothing else of Cordon.
        if (options.location.host && hostnameOf(request.headers.host) === options.location.host) return notFound(response);
        // The page lives elsewhere: the app's own route is not a second entrance.
        if (!atDefaultPlace && isUnder(pathname, INTERNAL_PUBLIC_STATUS_PATH)) return notFound(response);
        const ingest = request.method === "POST" ? options.ingest?.() : undefined;
        const sourceId = ingest ? ingestSourceId(pathname) : undefined;
        if (ingest && sourceId !== undefined) return await answerIngest(ingest, sourceId, request, response);
        await options.next(request, response);
        return;
      }

      if (!options.publicStatusOn) return notFound(response);
      const kind = PREBUILT_SUB_PATHS[subPath];
      const prebuilt = options.prebuilt();
      if (kind && prebuilt && (request.method === "GET" || request.method === "HEAD")) {
        const answer = answerPrebuilt(prebuilt.responses[kind], {
          method: request.method,
          ifNoneMatch: request.headers["if-none-match"],
          acceptEncoding: request.headers["accept-encoding"],
          forwardedProto: first(request.headers["x-forwarded-proto"]),
        });
        response.writeHead(answer.status, answer.headers);
        response.end(answer.body);
        return;
      }
      // Not built yet, a form post, confirm/unsubscribe links: the app's route.
      request.url = `${INTERNAL_PUBLIC_STATUS_PATH}${subPath}${query}`;
      await options.next(request, response);
    } catch (error) {
      options.onError?.(error);
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
        response.end("Internal error");
      } else {
        response.destroy();
      }
    }
  };
}

async function answerIngest(ingest: IngestHandler, sourceId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (let i = 0; i < request.rawHeaders.length; i += 2) headers.append(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  const body = Readable.toWeb(request) as ReadableStream<Uint8Array>;
  const answer = await ingest(sourceId, new Request(`http://${request.headers.host ?? "localhost"}${request.url}`, { method: "POST", headers, body, duplex: "half" } as RequestInit));
  const payload = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), "content-length": String(payload.length) });
  response.end(payload);
}

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", "cache-control": "no-store" });
  response.end("Not found");
}
