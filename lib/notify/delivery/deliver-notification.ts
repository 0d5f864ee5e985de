import "server-only";
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { tokenFor } from "../ack/ack-token";
import { loadChannelForSending } from "../channels/channel-store";
import { sendToChannel } from "../channels/send-to-channel";
import type { SendResult } from "../channels/send-types";
import { ackUrl, incidentUrl } from "../links";
import { pagerDutyActionFor } from "../rules/channel-kinds";
import type { NotifyEventType } from "../rules/event-types";
import { renderMessage, type EventSnapshot, type IncidentSnapshot } from "../rules/render-message";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { claimDelivery, deliveryLockKey } from "./claim-delivery";
import { recordOutcome, type DeliveryOutcome } from "./record-outcome";

async function loadDelivery(deliveryId: string) {
  return db.notificationDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    select: {
      id: true,
      attempts: true,
      incidentId: true,
      address: true,
      ackTokenId: true,
      channelId: true,
      channel: { select: { name: true, kind: true } },
      recipientUserId: true,
      event: { select: { type: true, data: true } },
    },
  });
}

type Delivery = Awaited<ReturnType<typeof loadDelivery>>;

async function send(delivery: Delivery, recipientName: string | null, now: Date): Promise<SendResult> {
  const { incident, ...data } = (delivery.event.data ?? {}) as Record<string, unknown> & { incident?: IncidentSnapshot };
  const event: EventSnapshot = { type: delivery.event.type as NotifyEventType, incident: incident ?? null, data };
  const channel = await loadChannelForSending(db, delivery.channelId, now);
  if (!channel.enabled) return { ok: false, retryable: false, statusCode: null, error: `The channel "${channel.name}" is disabled` };
  const message = renderMessage(event, {
    restrictedChannel: channel.restricted,
    incidentUrl: delivery.incidentId ? incidentUrl(delivery.incidentId) : null,
    ackUrl: delivery.ackTokenId ? ackUrl(tokenFor(delivery.ackTokenId)) : null,
  });
  return sendToChannel({
    channel,
    message,
    deliveryId: delivery.id,
    incidentId: delivery.incidentId,
    address: delivery.address,
    recipientName,
    pagerDutyAction: pagerDutyActionFor(event.type as NotifyEventType, data),
    now,
  });
}

// Delivers one outbox row: claim it, render its message for its channel,
// send, record. Safe to run any number of times, at once or after a crash:
// only the worker holding the row's lock and claim sends, and a sent row is
// never sent again. A row whose sender died is sent again at once, with
// the same webhook-id / dedup key so the receiver can drop a copy it got
// before the sender died. Whatever goes wrong after the claim is recorded
// as a failed try, so a row cannot be retried forever without reaching
// FAILED.
export async function deliverNotification(deliveryId: string, now = new Date()): Promise<DeliveryOutcome | "skipped"> {
  const locked = await withAdvisoryLock(deliveryLockKey(deliveryId), () => claimAndSend(deliveryId, now));
  return locked.acquired ? locked.value : "skipped";
}

async function claimAndSend(deliveryId: string, now: Date): Promise<DeliveryOutcome | "skipped"> {
  if (!(await claimDelivery(deliveryId, now))) return "skipped";
  const delivery = await loadDelivery(deliveryId);
  const recipient = delivery.recipientUserId ? await db.user.findUnique({ where: { id: delivery.recipientUserId }, select: { name: true } }) : null;
  const started = performance.now();
  let result: SendResult;
  try {
    result = await send(delivery, recipient?.name ?? null, now);
  } catch (error) {
    result = { ok: false, retryable: true, statusCode: null, error: `Cordon could not prepare the message: ${(error as Error).message ?? String(error)}` };
  }
  return recordOutcome(
    {
      id: delivery.id,
      attempt: delivery.attempts,
      incidentId: delivery.incidentId,
      channelName: delivery.channel.name,
      channelKind: delivery.channel.kind,
      recipientName: recipient?.name ?? null,
      eventType: delivery.event.type,
    },
    result,
    performance.now() - started,
    now,
  );
}
