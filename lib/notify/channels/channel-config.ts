// What an admin enters for each kind of channel, split into settings (shown
// again) and secrets (sealed, never shown). Every message names the field
// and says how to fix it.
import { z } from "zod";
import { NOTIFY_EVENT_TYPES } from "../rules/event-types";
import type { ChannelKind } from "../rules/channel-kinds";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

// Webhook URLs carry their own credentials, so they must travel over TLS;
// plain http is allowed only to this machine (local relays and tests).
export function endpointUrl(field: string) {
  return z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} is required` })
    .superRefine((value, ctx) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: "custom", message: `${field} is not a valid URL: paste the full address starting with https://` });
        return;
      }
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        ctx.addIssue({ code: "custom", message: `${field} must start with https://` });
      } else if (url.protocol === "http:" && !LOOPBACK.has(url.hostname)) {
        ctx.addIssue({ code: "custom", message: `${field} must use https:// (plain http is allowed only for localhost)` });
      } else if (url.username || url.password) {
        ctx.addIssue({ code: "custom", message: `${field} must not contain a user name or password` });
      }
    });
}

const email = (field: string) => z.email({ error: `${field} must be an email address like security@example.com` });

const ZSlackWebhook = { settings: z.object({}).strip(), secrets: z.object({ url: endpointUrl("Slack webhook URL") }) };
const ZTeams = { settings: z.object({}).strip(), secrets: z.object({ url: endpointUrl("Teams webhook URL") }) };
const ZWebhook = { settings: z.object({}).strip(), secrets: z.object({ url: endpointUrl("Webhook URL") }) };

const ZSlackBot = {
  settings: z.object({
    channel: z.string().trim().max(80).default(""),
    apiBaseUrl: endpointUrl("Slack API URL").default("https://slack.com/api"),
  }),
  secrets: z.object({
    token: z.string().trim().regex(/^xox[abp]-[A-Za-z0-9-]+$/, { error: "Slack token must start with xoxb- (a bot token)" }),
  }),
};

const ZEmail = {
  settings: z.object({
    host: z.string().trim().min(1, { error: "SMTP host is required" }).max(253),
    port: z.coerce.number({ error: "SMTP port must be a number" }).int().min(1, { error: "SMTP port must be 1–65535" }).max(65535, { error: "SMTP port must be 1–65535" }),
    security: z.enum(["starttls", "tls", "none"], { error: "Choose STARTTLS, TLS or none" }).default("starttls"),
    from: email("Sender"),
    to: z.array(email("Each recipient")).max(50).default([]),
    username: z.string().trim().max(200).default(""),
    // For relays with a certificate from a private CA: trust this CA too.
    caCertificate: z
      .string()
      .trim()
      .max(20_000)
      .refine((pem) => pem === "" || pem.startsWith("-----BEGIN CERTIFICATE-----"), { error: "The CA certificate must be PEM, starting with -----BEGIN CERTIFICATE-----" })
      .default(""),
  }),
  secrets: z.object({ password: z.string().max(500).default("") }),
};

const ZPagerDuty = {
  settings: z.object({ endpointUrl: endpointUrl("PagerDuty events URL").default("https://events.pagerduty.com/v2/enqueue") }),
  secrets: z.object({
    routingKey: z.string().trim().regex(/^[A-Za-z0-9]{32}$/, { error: "Routing key must be the 32-character integration key from the PagerDuty service" }),
    inboundSecret: z.string().trim().max(200).default(""),
  }),
};

export const CHANNEL_CONFIG = {
  SLACK_WEBHOOK: ZSlackWebhook,
  SLACK_BOT: ZSlackBot,
  TEAMS: ZTeams,
  EMAIL: ZEmail,
  PAGERDUTY: ZPagerDuty,
  WEBHOOK: ZWebhook,
} as const satisfies Record<ChannelKind, { settings: z.ZodType; secrets: z.ZodType }>;

export type ChannelSettings = { [K in ChannelKind]: z.infer<(typeof CHANNEL_CONFIG)[K]["settings"]> };
export type ChannelSecrets = { [K in ChannelKind]: z.infer<(typeof CHANNEL_CONFIG)[K]["secrets"]> & { signingSecret?: string } };

export const ZChannelCommon = z.object({
  name: z.string({ error: "Name is required" }).trim().min(1, { error: "Name is required" }).max(80, { error: "Name must be at most 80 characters" }),
  outOfBand: z.boolean().default(false),
  restricted: z.boolean().default(false),
  personal: z.boolean().default(false),
  events: z.array(z.enum(NOTIFY_EVENT_TYPES, { error: "Unknown event type" })).default([]),
});

export const ZCreateChannelInput = ZChannelCommon.extend({
  kind: z.enum(["SLACK_WEBHOOK", "SLACK_BOT", "TEAMS", "EMAIL", "PAGERDUTY", "WEBHOOK"], { error: "Choose the kind of channel" }),
  settings: z.record(z.string(), z.unknown()).default({}),
  secrets: z.record(z.string(), z.unknown()).default({}),
});
export type TCreateChannelInput = z.input<typeof ZCreateChannelInput>;

export const ZUpdateChannelInput = ZChannelCommon.partial().extend({
  enabled: z.boolean().optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  // Only the secrets given are replaced; the others stay as they are.
  secrets: z.record(z.string(), z.unknown()).optional(),
});
export type TUpdateChannelInput = z.input<typeof ZUpdateChannelInput>;

// A harmless reminder of which secret is stored: the host of a URL and the
// last characters of its path, or the last characters of a token.
export function hintFor(kind: ChannelKind, secrets: Record<string, unknown>): string {
  const tail = (value: string) => (value.length > 4 ? `…${value.slice(-4)}` : "…");
  if (typeof secrets.url === "string") {
    const url = new URL(secrets.url);
    return `${url.host}/${tail(url.pathname)}`;
  }
  if (kind === "SLACK_BOT" && typeof secrets.token === "string") return `${secrets.token.slice(0, 5)}${tail(secrets.token)}`;
  if (kind === "PAGERDUTY" && typeof secrets.routingKey === "string") return `key ${tail(secrets.routingKey)}`;
  if (kind === "EMAIL") return secrets.password ? "password set" : "no password";
  return "";
}
