// Channel kinds and what each can do. Pure: the settings UI reads it too.
import type { NotifyEventType } from "./event-types";

export const CHANNEL_KINDS = ["SLACK_WEBHOOK", "SLACK_BOT", "TEAMS", "EMAIL", "PAGERDUTY", "WEBHOOK"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CHANNEL_KIND_LABELS: Readonly<Record<ChannelKind, string>> = {
  SLACK_WEBHOOK: "Slack (incoming webhook)",
  SLACK_BOT: "Slack (bot token)",
  TEAMS: "Microsoft Teams",
  EMAIL: "Email (SMTP)",
  PAGERDUTY: "PagerDuty",
  WEBHOOK: "Webhook (signed)",
};

export const CHANNEL_KIND_SHORT: Readonly<Record<ChannelKind, string>> = {
  SLACK_WEBHOOK: "Slack",
  SLACK_BOT: "Slack",
  TEAMS: "Teams",
  EMAIL: "email",
  PAGERDUTY: "PagerDuty",
  WEBHOOK: "webhook",
};

export const CONTACT_METHOD_KINDS = ["EMAIL", "PHONE", "SLACK"] as const;
export type ContactMethodKind = (typeof CONTACT_METHOD_KINDS)[number];

export const CONTACT_METHOD_LABELS: Readonly<Record<ContactMethodKind, string>> = {
  EMAIL: "Email",
  PHONE: "Phone (SMS through the provider's webhook)",
  SLACK: "Slack member id",
};

// Which channel kind reaches a person's contact method: an email channel
// mails the address, a Slack bot messages the member directly, and a signed
// webhook hands the phone number to an SMS provider.
export const CHANNEL_KIND_FOR_METHOD: Readonly<Record<ContactMethodKind, ChannelKind>> = {
  EMAIL: "EMAIL",
  SLACK: "SLACK_BOT",
  PHONE: "WEBHOOK",
};

export const PERSONAL_CHANNEL_KINDS: readonly ChannelKind[] = ["EMAIL", "SLACK_BOT", "WEBHOOK"];

export type PagerDutyAction = "trigger" | "acknowledge" | "resolve";

const RESOLVED_STATUSES = ["RECOVERED", "POST_INCIDENT", "CLOSED"];

// PagerDuty tracks one alert per incident (dedup_key = incident id): it is
// opened, acknowledged and resolved, and hears nothing else.
export function pagerDutyActionFor(type: NotifyEventType, data: { from?: unknown; to?: unknown }): PagerDutyAction | null {
  switch (type) {
    case "declared":
    case "severity_raised":
    case "escalation":
      return "trigger";
    case "acknowledged":
      return "acknowledge";
    case "status_changed": {
      const nowResolved = RESOLVED_STATUSES.includes(String(data.to));
      const wasResolved = RESOLVED_STATUSES.includes(String(data.from));
      if (nowResolved && !wasResolved) return "resolve";
      if (!nowResolved && wasResolved) return "trigger";
      return null;
    }
    default:
      return null;
  }
}

export function pagerDutySeverity(rank: number | undefined): "critical" | "error" | "warning" | "info" {
  if (rank === 1) return "critical";
  if (rank === 2) return "error";
  if (rank === 3) return "warning";
  return "info";
}
