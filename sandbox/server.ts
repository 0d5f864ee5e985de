// The sandbox cluster's HTTP server: authenticates, dispatches, records every
// request, and answers in the API server's wire format.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { PUBLIC_PATHS } from "./discovery";
import { dispatch } from "./dispatch";
import {
  BodyTooLarge,
  json,
  mediaTypeOf,
  queryRecord,
  readBody,
  recordedBody,
  send,
  tooLarge,
  type ApiRequest,
  type Reply,
} from "./http-io";
import { buildKubeconfig } from "./kubeconfig";
import { defaultSeed } from "./seed";
import { SandboxState } from "./state";
import { ApiError, badRequest, internalError, unauthorized } from "./status";
import type { RecordedRequest, SandboxSeed } from "./types";

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  seed?: SandboxSeed;
  /** Bearer token clients must send; random when not given. */
  token?: string;
}

export interface SandboxCluster {
  url: string;
  token: string;
  /** YAML for KubeConfig.loadFromString: the server URL and a bearer-token user. */
  kubeconfig: string;
  /** Every request in arrival order, including refused ones. */
  requests: RecordedRequest[];
  clearRequests(): void;
  state: SandboxState;
  stop(): Promise<void>;
}

function authenticated(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!match?.[1]) return false;
  const sent = Buffer.from(match[1].trim());
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

function replyForError(error: unknown): Reply {
  if (error instanceof ApiError) return json(error.status.code, error.status);
  return json(500, internalError(error instanceof Error ? error.message : String(error)).status);
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startSandboxCluster(options: SandboxOptions = {}): Promise<SandboxCluster> {
  const token = options.token ?? randomBytes(24).toString("base64url");
  const host = options.host ?? "127.0.0.1";
  const state = new SandboxState(options.seed ?? defaultSeed());
  const requests: RecordedRequest[] = [];

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = new Date().toISOString();
    const url = new URL(incoming.url ?? "/", "http://sandbox");
    const contentType = incoming.headers["content-type"];
    const request: ApiRequest = {
      method: (incoming.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      contentType,
      mediaType: mediaTypeOf(contentType),
      text: "",
    };
    let reply: Reply;
    try {
      try {
        request.path = decodeURIComponent(url.pathname);
      } catch {
        throw badRequest(`invalid URL escape in path ${url.pathname}`);
      }
      try {
        request.text = await readBody(incoming);
      } catch (error) {
        throw error instanceof BodyTooLarge ? tooLarge() : error;
      }
      const header = incoming.headers.authorization;
      const anonymousAllowed = header === undefined && PUBLIC_PATHS.has(request.path);
      if (!anonymousAllowed && !authenticated(header, token)) throw unauthorized();
      // Synchronous from here on: one request's reads and writes never
      // interleave with another's.
      reply = dispatch(state, request);
    } catch (error) {
      reply = replyForError(error);
    }
    requests.push({
      method: request.method,
      path: request.path,
      query: queryRecord(request.query),
      contentType,
      body: recordedBody(request),
      status: reply.status,
      at,
    });
    send(response, reply);
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, replyForError(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${port}`;
  return {
    url,
    token,
    kubeconfig: buildKubeconfig(url, token),
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    state,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
