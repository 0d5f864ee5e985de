// Signing per the Standard Webhooks convention (standardwebhooks.com):
// HMAC-SHA256 over "<id>.<timestamp>.<body>" with the base64 key after the
// "whsec_" prefix, sent as "v1,<base64>". During a rotation both the new and
// the previous secret sign, space-separated, so consumers switch at leisure.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "whsec_";

export function generateWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64")}`;
}

export function isWebhookSecret(value: string): boolean {
  if (!value.startsWith(PREFIX)) return false;
  const key = Buffer.from(value.slice(PREFIX.length), "base64");
  return key.length >= 24;
}

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
  const mac = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export function webhookHeaders(secrets: readonly string[], id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": secrets.map((secret) => signWebhook(secret, id, timestampSeconds, body)).join(" "),
  };
}

export type WebhookVerification = { verified: true } | { verified: false; problem: string };

const TOLERANCE_SECONDS = 5 * 60;

/**
 * What a consumer does with a message: checks the signature against its copy
 * of the secret and refuses a timestamp more than five minutes off (a
 * replay). Any of the space-separated signatures may match.
 */
export function verifyWebhook(secret: string, headers: { id?: string; timestamp?: string; signature?: string }, body: string, nowSeconds: number): WebhookVerification {
  if (!headers.id || !headers.timestamp || !headers.signature) return { verified: false, problem: "webhook-id, webhook-timestamp or webhook-signature header missing" };
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp)) return { verified: false, problem: "webhook-timestamp is not a number of seconds" };
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return { verified: false, problem: "webhook-timestamp is more than five minutes off" };
  const expected = Buffer.from(signWebhook(secret, headers.id, timestamp, body));
  const matches = headers.signature.split(" ").some((given) => {
    const candidate = Buffer.from(given);
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  return matches ? { verified: true } : { verified: false, problem: "no signature matches the receiver's secret" };
}
