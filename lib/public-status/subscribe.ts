import "server-only";
import type { z } from "zod";
import { appendAudit } from "@/lib/audit/append-audit";
import { db, transaction } from "@/lib/db";
import { AppError, badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { mailConfigured, sendMail } from "./send-mail";
import { ZSubscribeInput } from "./schemas";
import { hashLinkToken, newLinkToken } from "./tokens";
import { unsubscribeTokenFor } from "./unsubscribe-token";
import { pingWebhook } from "./webhook-delivery";

const MAX_PER_ADDRESS_PER_HOUR = 5;
const PUBLIC_ACTOR = { id: null, label: "public status page" };

// Email subscriptions are double opt-in (a confirmation link); webhooks
// must answer a verification ping. Requests are limited per address so the
// form cannot be used to spam people.
export async function subscribe(input: z.input<typeof ZSubscribeInput>, address: string, pageUrl: string) {
  const links = (subPath: string) => `${pageUrl.replace(/\/$/, "")}${subPath}`;
  const { kind, target } = parseInput(ZSubscribeInput, input);
  const recent = await db.statusSubscriber.count({ where: { requestAddress: address, createdAt: { gte: new Date(Date.now() - 60 * 60_000) } } });
  if (recent >= MAX_PER_ADDRESS_PER_HOUR) throw new AppError("RATE_LIMITED", "Too many subscription requests from your address; try again in an hour", { retryAfterSeconds: 3600 });
  if (kind === "email" && !mailConfigured()) throw new AppError("UNAVAILABLE", "Email subscriptions are not available here; use the RSS or Atom feed");

  const confirm = newLinkToken();
  const subscriberId = crypto.randomUUID();
  const unsubscribeToken = unsubscribeTokenFor(subscriberId);
  if (kind === "webhook" && !(await pingWebhook(target))) throw badRequest("Your webhook did not answer the verification request with a 2xx status");

  await transaction(async (tx) => {
    await tx.statusSubscriber.deleteMany({ where: { kind, target, OR: [{ confirmedAt: null }, { unsubscribedAt: { not: null } }] } });
    const existing = await tx.statusSubscriber.findUnique({ where: { kind_target: { kind, target } }, select: { id: true } });
    if (existing) return;
    const subscriber = await tx.statusSubscriber.create({
      data: {
        id: subscriberId,
        kind,
        target,
        requestAddress: address,
        unsubscribeTokenHash: hashLinkToken(unsubscribeToken),
        ...(kind === "email" ? { confirmTokenHash: confirm.hash } : { confirmedAt: new Date() }),
      },
      select: { id: true },
    });
    await appendAudit(tx, PUBLIC_ACTOR, { action: "status_subscriber.create", targetType: "status_subscriber", targetId: subscriber.id, data: { kind, address } });
  });

  if (kind === "email") {
    await sendMail({
      to: target,
      subject: "Confirm your subscription to status updates",
      text: `Someone (hopefully you) asked for status updates at this address.\n\nConfirm: ${links("/confirm?token=")}${confirm.token}\n\nIf this was not you, ignore this message; nothing more will be sent.\nUnsubscribe at any time: ${links("/unsubscribe?token=")}${unsubscribeToken}\n`,
    });
    return { status: "confirmation_sent" as const };
  }
  return { status: "subscribed" as const };
}
