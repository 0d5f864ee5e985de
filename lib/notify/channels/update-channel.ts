import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { ZUpdateChannelInput, hintFor, type TUpdateChannelInput } from "./channel-config";
import { CHANNEL_VIEW_SELECT, readChannelSecrets, sealSecrets } from "./channel-store";
import { parseChannelConfig } from "./parse-channel-config";

// Changes a channel. Secrets given replace the stored ones field by field;
// secrets not given stay as they are (the form never has them to send).
export async function updateChannel(actor: Actor, channelId: string, input: TUpdateChannelInput) {
  const data = parseInput(ZUpdateChannelInput, input);
  if (!isUuid(channelId)) throw notFound("Channel");
  return transaction(async (tx) => {
    const current = await tx.notifyChannel.findUnique({ where: { id: channelId }, select: { kind: true, name: true, settings: true, personal: true } });
    if (!current) throw notFound("Channel");
    if (data.name && data.name !== current.name) {
      const clash = await tx.notifyChannel.findUnique({ where: { name: data.name }, select: { id: true } });
      if (clash) throw conflict(`A channel named "${data.name}" already exists; choose another name`);
    }
    const { signingSecret, ...storedSecrets } = await readChannelSecrets(tx, channelId);
    const mergedSecrets = { ...storedSecrets, ...(data.secrets ?? {}) };
    const personal = data.personal ?? current.personal;
    const { settings, secrets } = parseChannelConfig(current.kind, data.settings ?? current.settings, mergedSecrets, personal);
    const secretsChanged = data.secrets !== undefined && Object.keys(data.secrets).length > 0;
    const channel = await tx.notifyChannel.update({
      where: { id: channelId },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.outOfBand !== undefined ? { outOfBand: data.outOfBand } : {}),
        ...(data.restricted !== undefined ? { restricted: data.restricted } : {}),
        ...(data.events !== undefined ? { events: data.events } : {}),
        ...(data.enabled !== undefined ? { enabled: data.enabled } : {}),
        personal,
        settings: settings as Prisma.InputJsonObject,
        ...(secretsChanged ? { secretsSealed: sealSecrets({ ...secrets, ...(signingSecret ? { signingSecret } : {}) }), secretHint: hintFor(current.kind, secrets) } : {}),
      },
      select: CHANNEL_VIEW_SELECT,
    });
    const { secrets: _omitted, ...changes } = data;
    await appendAudit(tx, actor, {
      action: "notify_channel.updated",
      targetType: "notify_channel",
      targetId: channelId,
      data: { ...changes, ...(secretsChanged ? { secretsReplaced: Object.keys(data.secrets ?? {}) } : {}) },
    });
    return channel;
  });
}
