import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { openSecret, sealSecret } from "@/lib/secrets/secret-box";
import type { ChannelKind } from "../rules/channel-kinds";

// What an admin may see about a channel: everything but its secrets.
export const CHANNEL_VIEW_SELECT = {
  id: true,
  name: true,
  kind: true,
  settings: true,
  secretHint: true,
  outOfBand: true,
  restricted: true,
  personal: true,
  events: true,
  enabled: true,
  previousSecretUntil: true,
  lastTestAt: true,
  lastTestOk: true,
  lastTestMessage: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type LoadedChannel = {
  id: string;
  name: string;
  kind: ChannelKind;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
  // Signing secrets still valid: the current one first, then the previous
  // one during its grace period.
  signingSecrets: string[];
  restricted: boolean;
  enabled: boolean;
};

export function sealSecrets(secrets: Record<string, unknown>): string {
  return sealSecret(JSON.stringify(secrets));
}

function openSecrets(sealed: string): Record<string, string> {
  return JSON.parse(openSecret(sealed)) as Record<string, string>;
}

// Reads a channel with its secrets opened, for sending only; never passed
// to a response.
export async function loadChannelForSending(client: Tx | typeof db, channelId: string, now: Date): Promise<LoadedChannel> {
  const row = await client.notifyChannel.findUnique({
    where: { id: channelId },
    select: {
      id: true,
      name: true,
      kind: true,
      settings: true,
      secretsSealed: true,
      previousSecretSealed: true,
      previousSecretUntil: true,
      restricted: true,
      enabled: true,
    },
  });
  if (!row) throw notFound("Channel");
  const secrets = openSecrets(row.secretsSealed);
  const signingSecrets = secrets.signingSecret ? [secrets.signingSecret] : [];
  if (row.previousSecretSealed && row.previousSecretUntil && row.previousSecretUntil > now) {
    signingSecrets.push(openSecret(row.previousSecretSealed));
  }
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    secrets,
    signingSecrets,
    restricted: row.restricted,
    enabled: row.enabled,
  };
}

export async function readChannelSecrets(tx: Tx, channelId: string): Promise<Record<string, string>> {
  const row = await tx.notifyChannel.findUnique({ where: { id: channelId }, select: { secretsSealed: true } });
  if (!row) throw notFound("Channel");
  return openSecrets(row.secretsSealed);
}
