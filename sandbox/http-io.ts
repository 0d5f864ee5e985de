// Request and reply plumbing between node:http and the handlers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { badRequest, failure } from "./status";

export interface ApiRequest {
  method: string;
  /** Decoded, as Go's URL.Path: `%2F` is a slash. */
  path: string;
  query: URLSearchParams;
  /** The Content-Type header as sent. */
  contentType: string | undefined;
  /** Lower-cased media type without parameters. */
  mediaType: string | undefined;
  text: string;
}

export type Reply =
  | { status: number; json: unknown }
  | { status: number; text: string; contentType: string };

export function json(status: number, body: unknown): Reply {
  return { status, json: body };
}

export function text(status: number, body: string, contentType = "text/plain; charset=utf-8"): Reply {
  return { status, text: body, contentType };
}

// The API server's default request body limit (3 MiB).
const MAX_BODY_BYTES = 3 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function tooLarge() {
  return failure(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728", {});
}

export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && (mediaType === "application/json" || mediaType.endsWith("+json"));
}

/** The body as JSON, failing like the API's decoder on malformed input. */
export function parseJsonBody(request: ApiRequest): unknown {
  if (request.text.trim() === "") throw badRequest("the body of the request was empty");
  try {
    return JSON.parse(request.text) as unknown;
  } catch (error) {
    throw badRequest(`error decoding request body: ${(error as Error).message}`);
  }
}

/** What the request log keeps of a body: parsed JSON, else the text. */
export function recordedBody(request: ApiRequest): unknown {
  if (request.text === "") return undefined;
  try {
    return JSON.parse(request.text) as unknown;
  } catch {
    return request.text;
  }
}

export function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

export function send(response: ServerResponse, reply: Reply): void {
  const payload = "json" in reply ? JSON.stringify(reply.json) : reply.text;
  response.writeHead(reply.status, {
    "Content-Type": "json" in reply ? "application/json" : reply.contentType,
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-cache, private",
  });
  response.end(payload);
}
