import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { sealSecret } from "@/lib/secrets/secret-box";
import { z } from "zod";
import { parseInput } from "@/lib/validation";
import { readChannelSecrets, sealSecrets } from "./channel-store";
import { generateWebhookSecret } from "./standard-webhooks";

export const ZRotateInput = z.object({
  graceHours: z.number({ error: "Grace period must be a number of hours" }).int().min(0).max(24 * 7, { error: "Grace period must be at most a week (168 hours)" }).default(24),
});

// Issues a new signing secret for a webhook channel. The previous one keeps
// signing alongside it for the grace period, so the consumer can switch
// without dropping a message; the new secret is shown this once.
export async function rotateSigningSecret(actor: Actor, channelId: string, input: z.input<typeof ZRotateInput>, now = new Date()) {
  const { graceHours } = parseInput(ZRotateInput, input);
  if (!isUuid(channelId)) throw notFound("Channel");
  return transaction(async (tx) => {
    const channel = await tx.notifyChannel.findUnique({ where: { id: channelId }, select: { kind: true } });
    if (!channel) throw notFound("Channel");
    if (channel.kind !== "WEBHOOK") throw badRequest("Only webhook channels have a signing secret to rotate");
    const secrets = await readChannelSecrets(tx, channelId);
    const signingSecret = generateWebhookSecret();
    const previousSecretUntil = new Date(now.getTime() + graceHours * 3_600_000);
    await tx.notifyChannel.update({
      where: { id: channelId },
      data: {
        secretsSealed: sealSecrets({ ...secrets, signingSecret }),
        previousSecretSealed: graceHours > 0 && secrets.signingSecret ? sealSecret(secrets.signingSecret) : null,
        previousSecretUntil: graceHours > 0 ? previousSecretUntil : null,
      },
      select: { id: true },
    });
    await appendAudit(tx, actor, { action: "notify_channel.secret_rotated", targetType: "notify_channel", targetId: channelId, data: { graceHours } });
    return { signingSecret, previousSecretUntil: graceHours > 0 ? previousSecretUntil : null };
  });
}
