import "server-only";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { PERSONAL_CHANNEL_KINDS, type ChannelKind } from "../rules/channel-kinds";
import { CHANNEL_CONFIG } from "./channel-config";

// Validates a kind's settings and secrets together with the channel's
// flags; field paths are prefixed so the form can show each message by
// its input.
export function parseChannelConfig(kind: ChannelKind, settings: unknown, secrets: unknown, personal: boolean) {
  const config = CHANNEL_CONFIG[kind];
  const parsedSettings = parseInput(config.settings, settings ?? {}, "Settings") as Record<string, unknown>;
  const parsedSecrets = parseInput(config.secrets, secrets ?? {}, "Secrets") as Record<string, unknown>;
  if (personal && !PERSONAL_CHANNEL_KINDS.includes(kind)) {
    throw badRequest("Only email, Slack bot and webhook channels can deliver to people's own contact methods", { personal: ["Not available for this kind"] });
  }
  if (kind === "EMAIL" && !personal && (parsedSettings.to as string[]).length === 0) {
    throw badRequest("Add at least one recipient address, or mark the channel as delivering to people", { "settings.to": ["Add a recipient"] });
  }
  if (kind === "SLACK_BOT" && !personal && !parsedSettings.channel) {
    throw badRequest("Name the Slack channel to post to (e.g. C0123ABCD or #security-incidents)", { "settings.channel": ["Required"] });
  }
  return { settings: parsedSettings, secrets: parsedSecrets };
}
