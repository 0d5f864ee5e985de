import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { ensureQueue } from "@/lib/jobs/queues";
import { deliverUpdateQueue } from "./job-names";
import { publicPageLink, publicPageUrl } from "./configured-location";
import { sendMail } from "./send-mail";
import { deterministicUuid } from "./tokens";
import { unsubscribeTokenFor } from "./unsubscribe-token";
import { postToWebhook } from "./webhook-delivery";

// One public update → one delivery job per confirmed subscriber. Job ids are
// derived from (update, subscriber), so a retried fan-out enqueues nothing
// twice.
export async function fanOutUpdate(updateId: string): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, deliverUpdateQueue);
  const subscribers = await db.statusSubscriber.findMany({ where: { confirmedAt: { not: null }, unsubscribedAt: null }, select: { id: true } });
  for (const subscriber of subscribers) {
    await boss.send(deliverUpdateQueue.name, { updateId, subscriberId: subscriber.id }, { id: deterministicUuid(updateId, subscriber.id) });
  }
}

export async function deliverUpdateToSubscriber(updateId: string, subscriberId: string): Promise<void> {
  const [update, subscriber] = await Promise.all([
    db.statusUpdate.findUnique({ where: { id: updateId }, select: { audience: true, phase: true, body: true, createdAt: true, incident: { select: { publicTitle: true, publishedAt: true } } } }),
    db.statusSubscriber.findUnique({ where: { id: subscriberId }, select: { kind: true, target: true, unsubscribedAt: true } }),
  ]);
  // Only public updates of published incidents ever leave Cordon.
  if (!update || update.audience !== "public" || !update.incident.publishedAt || !subscriber || subscriber.unsubscribedAt) return;
  const title = update.incident.publicTitle ?? "Service incident";
  if (subscriber.kind === "webhook") {
    const ok = await postToWebhook(subscriber.target, { type: "status.update", incident: { title }, update: { phase: update.phase, body: update.body, at: update.createdAt.toISOString() } });
    if (!ok) throw new Error("subscriber webhook did not answer 2xx");
    return;
  }
  const unsubscribeUrl = publicPageLink(`/unsubscribe?token=${unsubscribeTokenFor(subscriberId)}`);
  await sendMail({
    to: subscriber.target,
    subject: `[Status] ${title} — ${update.phase}`,
    text: `${update.body}\n\nStatus page: ${publicPageUrl()}\nUnsubscribe: ${unsubscribeUrl}\n`,
    headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  });
}
