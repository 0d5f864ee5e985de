// Real local receivers for the integration tests: an HTTP server that plays
// Slack, Teams, PagerDuty or a webhook consumer, and an SMTP server. Each
// listens on 127.0.0.1 on a free port and records what it received.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedRequest = { method: string; path: string; headers: IncomingHttpHeaders; body: string; json: unknown };
export type Reply = { status: number; body?: string | object; headers?: Record<string, string>; hang?: boolean };
export type Responder = (request: ReceivedRequest) => Reply;

export async function startHttpReceiver(respond: Responder = () => ({ status: 200, body: "ok" })) {
  const requests: ReceivedRequest[] = [];
  const hanging = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        json = null;
      }
      const received = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, json };
      requests.push(received);
      const reply = respond(received);
      if (reply.hang) {
        // Never answers: the sender's timeout must end the wait.
        hanging.add(() => res.destroy());
        return;
      }
      const payload = typeof reply.body === "object" ? JSON.stringify(reply.body) : (reply.body ?? "");
      res.writeHead(reply.status, { "content-type": typeof reply.body === "object" ? "application/json" : "text/plain", ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const release of hanging) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type HttpReceiver = Awaited<ReturnType<typeof startHttpReceiver>>;

export type ReceivedMail = { from: string; to: string[]; raw: string; user: string | null; secure: boolean };

export async function startSmtpReceiver(options: { auth?: { user: string; pass: string }; tls?: { key: string; cert: string } } = {}) {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    ...(options.tls ?? {}),
    // Without a certificate STARTTLS is off; plain AUTH is allowed only
    // because this is loopback.
    disabledCommands: [...(options.tls ? [] : ["STARTTLS"]), ...(options.auth ? [] : ["AUTH"])],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) return callback(null, { user: auth.username });
      return callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
          user: typeof session.user === "string" ? session.user : null,
          secure: session.secure,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type SmtpReceiver = Awaited<ReturnType<typeof startSmtpReceiver>>;

// The message as a person reads it: quoted-printable soft line breaks
// joined and escapes decoded (enough for the ASCII and UTF-8 we send).
export function readableMail(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), "latin1").toString("utf8");
}

// What a consumer does with a Standard Webhooks delivery, written from the
// specification rather than with Cordon's signer: recompute the HMAC over
// "id.timestamp.body" and accept if any "v1," signature matches.
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const id = String(headers["webhook-id"] ?? "");
  const timestamp = Number(headers["webhook-timestamp"]);
  const signatures = String(headers["webhook-signature"] ?? "").split(" ");
  if (!id || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = Buffer.from(createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64"));
  return signatures.some((entry) => {
    const [version, signature] = entry.split(",");
    const given = Buffer.from(signature ?? "");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}
