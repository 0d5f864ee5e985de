import "server-only";
// One HTTP call to the API server. client-node supplies TLS and credentials
// (refreshing exec/OIDC/service-account tokens as needed); the call itself
// is raw so that a planned Step goes on the wire exactly as planned: method,
// path, content type and body, with `dryRun=All` on writes when asked.
import { Readable } from "node:stream";
import { RequestContext, type HttpMethod } from "@kubernetes/client-node";
import { fetch, type Dispatcher } from "undici";
import type { Step } from "@/lib/rules/quarantine";
import { ClusterError, describeHttpFailure, describeTransportFailure, type ClusterFailure } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";

export type KubeMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface KubeRequest {
  method: KubeMethod;
  /** API path, without query string. */
  path: string;
  query?: Record<string, string | readonly string[] | undefined>;
  contentType?: string;
  /** Serialized as JSON. */
  body?: unknown;
  /** Server-side dry run: `dryRun=All` on writes, ignored on reads. */
  dryRun?: boolean;
  timeoutMs?: number;
  /** Statuses that count as success; any 2xx when unset. */
  expect?: readonly number[];
}

export interface KubeResponse {
  status: number;
  /** Parsed JSON when the answer was JSON, text otherwise; undefined without an answer. */
  body: unknown;
  durationMs: number;
  /** Path and query exactly as sent. */
  sentPath: string;
  failure?: ClusterFailure;
}

/** The path with its query, `dryRun=All` added to writes when asked. */
export function buildRequestPath(request: Pick<KubeRequest, "method" | "path" | "query" | "dryRun">): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    for (const item of typeof value === "string" ? [value] : value) params.append(key, item);
  }
  if (request.dryRun && request.method !== "GET") params.append("dryRun", "All");
  const query = params.toString();
  return query ? `${request.path}?${query}` : request.path;
}

interface Prepared {
  headers: Record<string, string>;
  dispatcher?: Dispatcher;
}

// client-node 2.x has no applyToFetchOptions; applySecurityAuthentication
// fills a RequestContext with headers and an undici dispatcher. It builds a
// new dispatcher every call, so the first one is kept (connection reuse) and
// later ones are closed unused.
async function prepare(connection: KubeConnection, url: string, method: KubeMethod): Promise<Prepared> {
  const context = new RequestContext(url, method as HttpMethod);
  await connection.kc.applySecurityAuthentication(context);
  const fresh = context.getDispatcher();
  if (fresh && !connection.dispatcher) connection.dispatcher = fresh;
  else if (fresh && fresh !== connection.dispatcher) void fresh.close();
  return { headers: { ...context.getHeaders() }, ...(connection.dispatcher ? { dispatcher: connection.dispatcher } : {}) };
}

function credentialFailure(error: unknown): ClusterFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { cause: "unauthorized", status: 0, retryable: false, message: `Cordon could not prepare credentials for the cluster: ${detail}` };
}

function parseBody(text: string, contentType: string | null): unknown {
  if (text === "") return undefined;
  if (contentType?.includes("json")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function isExpected(status: number, expect: readonly number[] | undefined): boolean {
  return expect ? expect.includes(status) : status >= 200 && status < 300;
}

export async function sendKubeRequest(connection: KubeConnection, request: KubeRequest): Promise<KubeResponse> {
  const sentPath = buildRequestPath(request);
  const timeoutMs = request.timeoutMs ?? connection.timeoutMs;
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  let prepared: Prepared;
  try {
    prepared = await prepare(connection, `${connection.server}${sentPath}`, request.method);
  } catch (error) {
    return { status: 0, body: undefined, durationMs: elapsed(), sentPath, failure: credentialFailure(error) };
  }
  const headers: Record<string, string> = { Accept: "application/json, */*", ...prepared.headers };
  if (request.body !== undefined) headers["Content-Type"] = request.contentType ?? "application/json";
  try {
    const response = await fetch(`${connection.server}${sentPath}`, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      ...(prepared.dispatcher ? { dispatcher: prepared.dispatcher } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = parseBody(await response.text(), response.headers.get("content-type"));
    const status = response.status;
    const failure = isExpected(status, request.expect) ? undefined : describeHttpFailure(status, body, { method: request.method, path: sentPath });
    return { status, body, durationMs: elapsed(), sentPath, ...(failure ? { failure } : {}) };
  } catch (error) {
    return { status: 0, body: undefined, durationMs: elapsed(), sentPath, failure: describeTransportFailure(error, connection.server, timeoutMs) };
  }
}

/** A planned step on the wire, as planned. */
export function sendStep(connection: KubeConnection, step: Step, options: { dryRun?: boolean; body?: unknown; timeoutMs?: number } = {}): Promise<KubeResponse> {
  return sendKubeRequest(connection, {
    method: step.method,
    path: step.path,
    ...(step.contentType ? { contentType: step.contentType } : {}),
    body: options.body ?? step.body,
    dryRun: options.dryRun ?? false,
    expect: step.expect,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
}

/** The body of a successful read; anything else throws a ClusterError with the cause. */
export async function readJson(connection: KubeConnection, path: string, query?: KubeRequest["query"], timeoutMs?: number): Promise<unknown> {
  const response = await sendKubeRequest(connection, { method: "GET", path, ...(query ? { query } : {}), ...(timeoutMs ? { timeoutMs } : {}) });
  if (response.failure) throw new ClusterError(response.failure);
  return response.body;
}

/**
 * A streamed GET (logs): the timeout covers connecting and the response
 * headers only, so a long log is never cut off; the body is never buffered.
 */
export async function openKubeStream(connection: KubeConnection, request: Omit<KubeRequest, "method" | "body" | "dryRun">): Promise<Readable> {
  const sentPath = buildRequestPath({ ...request, method: "GET" });
  const timeoutMs = request.timeoutMs ?? connection.timeoutMs;
  let prepared: Prepared;
  try {
    prepared = await prepare(connection, `${connection.server}${sentPath}`, "GET");
  } catch (error) {
    throw new ClusterError(credentialFailure(error));
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new DOMException("headers timeout", "TimeoutError")), timeoutMs);
  try {
    const response = await fetch(`${connection.server}${sentPath}`, {
      method: "GET",
      headers: { Accept: "*/*", ...prepared.headers },
      ...(prepared.dispatcher ? { dispatcher: prepared.dispatcher } : {}),
      signal: abort.signal,
    });
    clearTimeout(timer);
    if (!isExpected(response.status, request.expect) || !response.body) {
      const body = parseBody(await response.text(), response.headers.get("content-type"));
      throw new ClusterError(describeHttpFailure(response.status, body, { method: "GET", path: sentPath }));
    }
    return Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
  } catch (error) {
    clearTimeout(timer);
    if (error instanceof ClusterError) throw error;
    throw new ClusterError(describeTransportFailure(abort.signal.aborted ? abort.signal.reason : error, connection.server, timeoutMs));
  }
}
