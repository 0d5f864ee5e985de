import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { ZCreateChannelInput, hintFor, type TCreateChannelInput } from "./channel-config";
import { CHANNEL_VIEW_SELECT, sealSecrets } from "./channel-store";
import { parseChannelConfig } from "./parse-channel-config";
import { generateWebhookSecret } from "./standard-webhooks";

// Adds a channel. Its secrets are sealed before they reach the database and
// never come back; a webhook's signing secret is generated here and shown
// this once, for the consumer to verify signatures with.
// The demo data passes the secret that the demo receiver already holds.
export async function createChannel(actor: Actor, input: TCreateChannelInput, options: { signingSecret?: string } = {}) {
  const data = parseInput(ZCreateChannelInput, input);
  const { settings, secrets } = parseChannelConfig(data.kind, data.settings, data.secrets, data.personal);
  const signingSecret = data.kind === "WEBHOOK" ? (options.signingSecret ?? generateWebhookSecret()) : undefined;
  return transaction(async (tx) => {
    const clash = await tx.notifyChannel.findUnique({ where: { name: data.name }, select: { id: true } });
    if (clash) throw conflict(`A channel named "${data.name}" already exists; choose another name`);
    const channel = await tx.notifyChannel.create({
      data: {
        name: data.name,
        kind: data.kind,
        settings: settings as Prisma.InputJsonObject,
        secretsSealed: sealSecrets({ ...secrets, ...(signingSecret ? { signingSecret } : {}) }),
        secretHint: hintFor(data.kind, secrets),
        outOfBand: data.outOfBand,
        restricted: data.restricted,
        personal: data.personal,
        events: data.events,
        createdById: actor.id,
      },
      select: CHANNEL_VIEW_SELECT,
    });
    await appendAudit(tx, actor, {
      action: "notify_channel.created",
      targetType: "notify_channel",
      targetId: channel.id,
      data: { name: channel.name, kind: channel.kind, settings, outOfBand: data.outOfBand, restricted: data.restricted, personal: data.personal, events: data.events },
    });
    return { channel, ...(signingSecret ? { signingSecret } : {}) };
  });
}
