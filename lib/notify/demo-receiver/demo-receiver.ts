// The demo receiver: a webhook consumer that `npm start` runs beside Cordon
// (like the sandbox cluster), so that a newcomer sees escalation work
// without a Slack or PagerDuty account. It is what a customer's own
// consumer would be: it receives Cordon's signed webhooks over HTTP,
// verifies each signature with its own copy of the secret, and keeps the
// last messages in memory. Cordon's settings page reads them back over
// HTTP (GET /received, with the read token), which is the only way in.
//
// No imports from the app: the launcher runs it in its own process.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../channels/standard-webhooks";

export const DEMO_HOOK_PATH = "/hooks/cordon";
const KEEP = 200;
const MAX_BODY_BYTES = 256 * 1024;

export type DemoReceipt = {
  receivedAt: string;
  webhookId: string | null;
  verified: boolean;
  problem: string | null;
  type: string | null;
  title: string | null;
  text: string | null;
  incidentReference: string | null;
  incidentUrl: string | null;
  ackUrl: string | null;
};

export type DemoReceiver = { url: string; hookUrl: string; readToken: string; received: DemoReceipt[]; stop(): Promise<void> };

export async function startDemoReceiver(options: { secret: string; host?: string; port?: number; now?: () => Date }): Promise<DemoReceiver> {
  const received: DemoReceipt[] = [];
  const readToken = randomBytes(24).toString("base64url");
  const now = options.now ?? (() => new Date());

  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method === "POST" && path === DEMO_HOOK_PATH) return receive(request, response);
    if (request.method === "GET" && path === "/received") {
      if (request.headers.authorization !== `Bearer ${readToken}`) return answer(response, 401, { error: "read token required" });
      return answer(response, 200, { received: [...received].reverse() });
    }
    answer(response, 404, { error: "not found" });
  });

  function receive(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        answer(response, 413, { error: "too large" });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => {
      if (response.headersSent) return;
      const body = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      const at = now();
      const check = verifyWebhook(options.secret, { id: header("webhook-id"), timestamp: header("webhook-timestamp"), signature: header("webhook-signature") }, body, Math.floor(at.getTime() / 1000));
      received.push({
        receivedAt: at.toISOString(),
        webhookId: header("webhook-id") ?? null,
        verified: check.verified,
        problem: check.verified ? null : check.problem,
        ...summarize(body),
      });
      received.splice(0, Math.max(0, received.length - KEEP));
      // A consumer answers 2xx for what it accepted; an unverified message
      // is recorded (to show it) and refused, as a real consumer would.
      answer(response, check.verified ? 200 : 401, check.verified ? { ok: true } : { error: check.problem });
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url,
    hookUrl: `${url}${DEMO_HOOK_PATH}`,
    readToken,
    received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function summarize(body: string): Omit<DemoReceipt, "receivedAt" | "webhookId" | "verified" | "problem"> {
  const empty = { type: null, title: null, text: null, incidentReference: null, incidentUrl: null, ackUrl: null };
  try {
    const json = JSON.parse(body) as { type?: unknown; data?: { title?: unknown; text?: unknown; incidentUrl?: unknown; ackUrl?: unknown; incident?: { reference?: unknown } | null } };
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    return {
      type: text(json.type),
      title: text(json.data?.title),
      text: text(json.data?.text)?.slice(0, 1_000) ?? null,
      incidentReference: text(json.data?.incident?.reference),
      incidentUrl: text(json.data?.incidentUrl),
      ackUrl: text(json.data?.ackUrl),
    };
  } catch {
    return empty;
  }
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
