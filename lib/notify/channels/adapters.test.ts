import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMessage, type IncidentSnapshot, type Message } from "../rules/render-message";
import { startHttpReceiver, startSmtpReceiver, verifyStandardWebhook, type HttpReceiver } from "../test-support/receivers";
import type { LoadedChannel } from "./channel-store";
import { sendToChannel } from "./send-to-channel";
import type { SendRequest } from "./send-types";
import { generateWebhookSecret } from "./standard-webhooks";

const incident: IncidentSnapshot = { id: randomUUID(), reference: "INC-2001", title: "Miner in checkout", severity: "SEV1", severityRank: 1, status: "TRIAGE", restricted: false, drill: false, leadName: "Lee Lead" };
const now = new Date();
const message = (overrides: Partial<IncidentSnapshot> = {}, type: "declared" | "acknowledged" = "declared"): Message =>
  renderMessage({ type, incident: { ...incident, ...overrides }, data: { leadName: "Lee Lead" } }, { restrictedChannel: false, incidentUrl: `http://cordon.test/incidents/${incident.id}`, ackUrl: "http://cordon.test/api/v1/ack/tok" });

function channel(kind: LoadedChannel["kind"], secrets: Record<string, string>, settings: Record<string, unknown> = {}, signingSecrets: string[] = []): LoadedChannel {
  return { id: randomUUID(), name: `${kind} test`, kind, settings, secrets, signingSecrets, restricted: false, enabled: true };
}

function request(ch: LoadedChannel, overrides: Partial<SendRequest> = {}): SendRequest {
  return { channel: ch, message: message(), deliveryId: randomUUID(), incidentId: incident.id, address: null, recipientName: null, pagerDutyAction: null, now, ...overrides };
}

let slack: HttpReceiver;
let pagerDuty: HttpReceiver;
let teams: HttpReceiver;
let failing: HttpReceiver;
let slow: HttpReceiver;

beforeAll(async () => {
  slack = await startHttpReceiver((req) => {
    if (req.path === "/hooks/gone") return { status: 404, body: "no_service" };
    if (req.path === "/api/chat.postMessage") {
      return req.headers.authorization === "Bearer xoxb-good" ? { status: 200, body: { ok: true, ts: "1.2" } } : { status: 200, body: { ok: false, error: "token_revoked" } };
    }
    return { status: 200, body: "ok" };
  });
  pagerDuty = await startHttpReceiver((req) => {
    const body = req.json as { routing_key?: string };
    if (req.path === "/busy") return { status: 429, body: { status: "throttle" }, headers: { "retry-after": "17" } };
    if (body.routing_key !== "R0UTINGKEY0000000000000000000001") return { status: 400, body: { status: "invalid event", message: "Event object is invalid", errors: ["Invalid routing key"] } };
    return { status: 202, body: { status: "success", message: "Event processed" } };
  });
  teams = await startHttpReceiver(() => ({ status: 202, body: "" }));
  failing = await startHttpReceiver(() => ({ status: 500, body: "upstream exploded" }));
  slow = await startHttpReceiver(() => ({ status: 200, hang: true }));
});

afterAll(async () => {
  await Promise.all([slack, pagerDuty, teams, failing, slow].map((receiver) => receiver.close()));
});

describe("Slack", () => {
  it("posts a message with Acknowledge and Open buttons to an incoming webhook", async () => {
    const result = await sendToChannel(request(channel("SLACK_WEBHOOK", { url: `${slack.url}/hooks/T000/B000/XXX` })));
    expect(result).toEqual({ ok: true, statusCode: 200, detail: "ok" });
    const sent = slack.requests.at(-1)!.json as { text: string; blocks: { type: string; elements?: { url: string }[] }[] };
    expect(sent.text).toContain("[SEV1] INC-2001 declared: Miner in checkout");
    expect(sent.blocks[1]!.elements!.map((button) => button.url)).toEqual(["http://cordon.test/api/v1/ack/tok", `http://cordon.test/incidents/${incident.id}`]);
  });

  it("gives up on a deleted webhook with a message saying so", async () => {
    const result = await sendToChannel(request(channel("SLACK_WEBHOOK", { url: `${slack.url}/hooks/gone` })));
    expect(result).toMatchObject({ ok: false, retryable: false, statusCode: 404 });
    expect(!result.ok && result.error).toMatch(/does not know this endpoint.*no_service/);
  });

  it("posts with a bot token, to a channel or to a person", async () => {
    const bot = channel("SLACK_BOT", { token: "xoxb-good" }, { channel: "C0SECURITY", apiBaseUrl: `${slack.url}/api` });
    expect(await sendToChannel(request(bot))).toMatchObject({ ok: true, statusCode: 200 });
    expect(slack.requests.at(-1)!.json).toMatchObject({ channel: "C0SECURITY" });
    expect(await sendToChannel(request(bot, { address: "U024BE7LH" }))).toMatchObject({ ok: true });
    expect(slack.requests.at(-1)!.json).toMatchObject({ channel: "U024BE7LH" });
  });

  it("treats a revoked token (HTTP 200, ok:false) as a failure an admin must fix", async () => {
    const bot = channel("SLACK_BOT", { token: "xoxb-revoked" }, { channel: "C0SECURITY", apiBaseUrl: `${slack.url}/api` });
    const result = await sendToChannel(request(bot));
    expect(result).toMatchObject({ ok: false, retryable: false, statusCode: 200 });
    expect(!result.ok && result.error).toMatch(/revoked \(token_revoked\): create a new bot token/);
  });
});

describe("Microsoft Teams", () => {
  it("posts an Adaptive Card with the links as actions", async () => {
    expect(await sendToChannel(request(channel("TEAMS", { url: `${teams.url}/workflows/abc` })))).toMatchObject({ ok: true, statusCode: 202 });
    const card = teams.requests.at(-1)!.json as { attachments: { contentType: string; content: { actions: { title: string }[] } }[] };
    expect(card.attachments[0]!.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.attachments[0]!.content.actions.map((a) => a.title)).toEqual(["Acknowledge", "Open incident"]);
  });
});

describe("PagerDuty Events API v2", () => {
  const pd = () => channel("PAGERDUTY", { routingKey: "R0UTINGKEY0000000000000000000001" }, { endpointUrl: `${pagerDuty.url}/v2/enqueue` });

  it("triggers, acknowledges and resolves one alert keyed by the incident id", async () => {
    for (const action of ["trigger", "acknowledge", "resolve"] as const) {
      expect(await sendToChannel(request(pd(), { pagerDutyAction: action }))).toMatchObject({ ok: true, statusCode: 202 });
    }
    const events = pagerDuty.requests.slice(-3).map((req) => req.json as { event_action: string; dedup_key: string; payload?: { severity: string; summary: string } });
    expect(events.map((e) => e.event_action)).toEqual(["trigger", "acknowledge", "resolve"]);
    expect(new Set(events.map((e) => e.dedup_key))).toEqual(new Set([incident.id]));
    expect(events[0]!.payload).toMatchObject({ severity: "critical", summary: "[SEV1] INC-2001 declared: Miner in checkout" });
  });

  it("reports a 429 with the receiver's Retry-After, and a bad key as permanent", async () => {
    const busy = channel("PAGERDUTY", { routingKey: "R0UTINGKEY0000000000000000000001" }, { endpointUrl: `${pagerDuty.url}/busy` });
    expect(await sendToChannel(request(busy, { pagerDutyAction: "trigger" }))).toMatchObject({ ok: false, retryable: true, statusCode: 429, retryAfterSeconds: 17 });
    const wrongKey = channel("PAGERDUTY", { routingKey: "WRONGKEY000000000000000000000000" }, { endpointUrl: `${pagerDuty.url}/v2/enqueue` });
    const result = await sendToChannel(request(wrongKey, { pagerDutyAction: "trigger" }));
    expect(result).toMatchObject({ ok: false, retryable: false, statusCode: 400 });
    expect(!result.ok && result.error).toContain("Invalid routing key");
  });
});

describe("signed webhook", () => {
  it("is verified by the consumer with the channel's secret, and with either secret during a rotation", async () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const consumer = await startHttpReceiver((req) => ({ status: verifyStandardWebhook(current, req.headers, req.body, Math.floor(Date.now() / 1000)) ? 204 : 401 }));
    try {
      const req = request(channel("WEBHOOK", { url: `${consumer.url}/cordon` }, {}, [current, previous]));
      expect(await sendToChannel(req)).toMatchObject({ ok: true, statusCode: 204 });
      const received = consumer.requests[0]!;
      expect(received.headers["webhook-id"]).toBe(req.deliveryId);
      expect(verifyStandardWebhook(previous, received.headers, received.body, Math.floor(Date.now() / 1000))).toBe(true);
      expect(received.json).toMatchObject({ type: "incident.declared", data: { ackUrl: "http://cordon.test/api/v1/ack/tok", incident: { id: incident.id, reference: "INC-2001" } } });
    } finally {
      await consumer.close();
    }
  });

  it("carries no details of a restricted incident to a channel not cleared for it", async () => {
    const consumer = await startHttpReceiver(() => ({ status: 200 }));
    try {
      const redacted = renderMessage({ type: "declared", incident: { ...incident, restricted: true }, data: {} }, { restrictedChannel: false, incidentUrl: "http://cordon.test/incidents/x", ackUrl: null });
      await sendToChannel(request(channel("WEBHOOK", { url: consumer.url }, {}, [generateWebhookSecret()]), { message: redacted }));
      expect(consumer.requests[0]!.body).not.toContain("Miner");
      expect(consumer.requests[0]!.json).toMatchObject({ data: { title: "A restricted incident needs you", restricted: true, incident: { id: incident.id } } });
    } finally {
      await consumer.close();
    }
  });

  it("retries on a 500, a timeout and a refused connection", async () => {
    const secret = [generateWebhookSecret()];
    expect(await sendToChannel(request(channel("WEBHOOK", { url: failing.url }, {}, secret)))).toMatchObject({ ok: false, retryable: true, statusCode: 500, error: expect.stringContaining("upstream exploded") });
    expect(await sendToChannel(request(channel("WEBHOOK", { url: slow.url }, {}, secret), { timeoutMs: 300 }))).toMatchObject({ ok: false, retryable: true, error: "No answer within 0.3 s; will retry" });
    const closed = await startHttpReceiver();
    await closed.close();
    expect(await sendToChannel(request(channel("WEBHOOK", { url: closed.url }, {}, secret)))).toMatchObject({ ok: false, retryable: true, error: "Could not reach the endpoint: the connection was refused" });
  });
});

describe("email over SMTP", () => {
  it("sends to the channel's recipients without authentication", async () => {
    const smtp = await startSmtpReceiver();
    try {
      const mail = channel("EMAIL", {}, { host: "127.0.0.1", port: smtp.port, security: "none", from: "cordon@example.com", to: ["soc@example.com"] });
      const req = request(mail);
      expect(await sendToChannel(req)).toMatchObject({ ok: true, statusCode: 250 });
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toMatchObject({ from: "cordon@example.com", to: ["soc@example.com"] });
      expect(smtp.messages[0]!.raw).toContain("Subject: [SEV1] INC-2001 declared: Miner in checkout");
      expect(smtp.messages[0]!.raw).toContain(`Message-ID: <${req.deliveryId}@cordon.notify>`);
      expect(smtp.messages[0]!.raw).toContain("Acknowledge: http://cordon.test/api/v1/ack/tok");
    } finally {
      await smtp.close();
    }
  });

  it("authenticates, mails a person directly, and reports a wrong password as an admin's problem", async () => {
    const smtp = await startSmtpReceiver({ auth: { user: "cordon", pass: "s3cret" } });
    try {
      const settings = { host: "127.0.0.1", port: smtp.port, security: "none", from: "cordon@example.com", to: [], username: "cordon" };
      expect(await sendToChannel(request(channel("EMAIL", { password: "s3cret" }, settings), { address: "lee@example.com" }))).toMatchObject({ ok: true });
      expect(smtp.messages[0]).toMatchObject({ to: ["lee@example.com"], user: "cordon" });
      const refused = await sendToChannel(request(channel("EMAIL", { password: "wrong" }, settings), { address: "lee@example.com" }));
      expect(refused).toMatchObject({ ok: false, retryable: false, statusCode: 535 });
      expect(!refused.ok && refused.error).toMatch(/refused the user name or password/);
      expect(smtp.messages).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("upgrades with STARTTLS, trusting the relay's private CA, and refuses an unverifiable certificate", async () => {
    // A certificate for 127.0.0.1 from a throwaway "private CA" (self-signed).
    const dir = mkdtempSync(join(tmpdir(), "cordon-smtp-tls-"));
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")], { stdio: "ignore" });
    const tls = { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
    rmSync(dir, { recursive: true, force: true });
    const smtp = await startSmtpReceiver({ tls, auth: { user: "cordon", pass: "s3cret" } });
    const plain = await startSmtpReceiver();
    try {
      const settings = { host: "127.0.0.1", port: smtp.port, security: "starttls", from: "cordon@example.com", to: ["soc@example.com"], username: "cordon" };
      expect(await sendToChannel(request(channel("EMAIL", { password: "s3cret" }, { ...settings, caCertificate: tls.cert })))).toMatchObject({ ok: true, statusCode: 250 });
      expect(smtp.messages[0]).toMatchObject({ secure: true, user: "cordon" });

      const untrusted = await sendToChannel(request(channel("EMAIL", { password: "s3cret" }, settings)));
      expect(untrusted).toMatchObject({ ok: false, retryable: false });
      expect(!untrusted.ok && untrusted.error).toMatch(/TLS with the SMTP server failed .*self-signed certificate/);
      const noStartTls = await sendToChannel(request(channel("EMAIL", {}, { ...settings, port: plain.port, username: "" })));
      expect(noStartTls).toMatchObject({ ok: false, retryable: false });
      expect(smtp.messages).toHaveLength(1);
      expect(plain.messages).toHaveLength(0);
    } finally {
      await smtp.close();
      await plain.close();
    }
  });
});
