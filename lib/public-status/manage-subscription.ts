import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import { transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { hashLinkToken } from "./tokens";

const PUBLIC_ACTOR = { id: null, label: "public status page" };

export async function confirmSubscription(token: string) {
  return transaction(async (tx) => {
    const subscriber = await tx.statusSubscriber.findUnique({ where: { confirmTokenHash: hashLinkToken(token) }, select: { id: true } });
    if (!subscriber) throw notFound("Subscription link");
    await tx.statusSubscriber.update({ where: { id: subscriber.id }, data: { confirmedAt: new Date(), confirmTokenHash: null }, select: { id: true } });
    await appendAudit(tx, PUBLIC_ACTOR, { action: "status_subscriber.confirm", targetType: "status_subscriber", targetId: subscriber.id });
  });
}

export async function unsubscribe(token: string) {
  return transaction(async (tx) => {
    const subscriber = await tx.statusSubscriber.findUnique({ where: { unsubscribeTokenHash: hashLinkToken(token) }, select: { id: true, unsubscribedAt: true } });
    if (!subscriber) throw notFound("Unsubscribe link");
    if (subscriber.unsubscribedAt) return;
    await tx.statusSubscriber.update({ where: { id: subscriber.id }, data: { unsubscribedAt: new Date() }, select: { id: true } });
    await appendAudit(tx, PUBLIC_ACTOR, { action: "status_subscriber.unsubscribe", targetType: "status_subscriber", targetId: subscriber.id });
  });
}
