import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { createAckToken, type AckSubject } from "./ack/ack-token";
import { deliverNotificationQueue } from "./job-names";
import type { Route } from "./resolve-routes";
import type { IncidentSnapshot } from "./rules/render-message";

export type QueueEventInput = {
  dedupKey: string;
  type: string;
  incident: IncidentSnapshot;
  data: Record<string, unknown>;
  routes: readonly Route[];
  // Set when the message should carry an "Acknowledge" link.
  ack: AckSubject | null;
  now: Date;
};

export type QueuedEvent = { eventId: string | null; deliveryIds: string[]; duplicate: boolean };

// Writes the event and its outbox rows in the caller's transaction and
// enqueues one delivery job per row: if the change rolls back, nothing is
// sent; if it commits, every row is delivered even across a crash.
export async function queueEvent(tx: Tx, input: QueueEventInput): Promise<QueuedEvent> {
  const eventId = randomUUID();
  const data = JSON.parse(JSON.stringify({ ...input.data, incident: input.incident })) as Prisma.InputJsonObject;
  // ON CONFLICT DO NOTHING: a second attempt at the same event is a no-op
  // and, unlike a unique violation, does not abort the caller's transaction.
  const created = await tx.notificationEvent.createMany({
    data: [{ id: eventId, dedupKey: input.dedupKey, type: input.type, incidentId: input.incident.id, data }],
    skipDuplicates: true,
  });
  if (created.count === 0) return { eventId: null, deliveryIds: [], duplicate: true };

  const rows: Prisma.NotificationDeliveryCreateManyInput[] = [];
  for (const route of input.routes) {
    const ackTokenId = input.ack
      ? await createAckToken(tx, {
          incidentId: input.incident.id,
          subject: input.ack,
          recipientUserId: route.recipientUserId,
          sentTo: route.recipientName ? `${route.recipientName} via ${route.channelName}` : route.channelName,
          now: input.now,
        })
      : null;
    rows.push({
      id: randomUUID(),
      eventId,
      channelId: route.channelId,
      incidentId: input.incident.id,
      recipientUserId: route.recipientUserId,
      address: route.address,
      idempotencyKey: `${eventId}:${route.channelId}:${route.address ?? "-"}`,
      ackTokenId,
      nextAttemptAt: input.now,
    });
  }
  if (rows.length > 0) await tx.notificationDelivery.createMany({ data: rows });
  for (const row of rows) await enqueueInTransaction(tx, deliverNotificationQueue, { deliveryId: row.id });
  return { eventId, deliveryIds: rows.map((row) => row.id!), duplicate: false };
}
