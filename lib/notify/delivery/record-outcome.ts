import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import type { SendResult } from "../channels/send-types";
import { deliverNotificationQueue } from "../job-names";
import { DELIVERY_POLICY, nextAttemptDelaySeconds } from "../rules/backoff";

export type DeliveryOutcome = "sent" | "retry" | "failed" | "lost-claim";

type Attempted = {
  id: string;
  attempt: number;
  incidentId: string | null;
  channelName: string;
  channelKind: string;
  recipientName: string | null;
  eventType: string;
};

// Records one attempt and decides what happens next, in one transaction:
// sent; retried later (backoff, or the receiver's Retry-After) with a job
// for that time; or failed for good, which the incident's timeline shows.
export async function recordOutcome(delivery: Attempted, result: SendResult, durationMs: number, now: Date): Promise<DeliveryOutcome> {
  return transaction(async (tx) => {
    const retry = !result.ok && result.retryable && delivery.attempt < DELIVERY_POLICY.maxAttempts;
    const outcome: DeliveryOutcome = result.ok ? "sent" : retry ? "retry" : "failed";
    await tx.deliveryAttempt.create({
      data: {
        deliveryId: delivery.id,
        attempt: delivery.attempt,
        at: now,
        outcome,
        responseCode: result.statusCode,
        error: result.ok ? null : result.error,
        durationMs: Math.round(durationMs),
      },
      select: { id: true },
    });
    const nextAttemptAt = retry ? new Date(now.getTime() + nextAttemptDelaySeconds(delivery.attempt, result.ok ? undefined : result.retryAfterSeconds) * 1000) : undefined;
    // Conditional on still holding the claim: if this worker was so slow
    // that its lease ran out and another took over, the other one decides.
    const updated = await tx.notificationDelivery.updateMany({
      where: { id: delivery.id, status: "SENDING", attempts: delivery.attempt },
      data: {
        status: result.ok ? "SENT" : retry ? "RETRYING" : "FAILED",
        leaseUntil: null,
        lastStatusCode: result.statusCode,
        lastError: result.ok ? null : result.error,
        ...(result.ok ? { sentAt: now } : {}),
        ...(nextAttemptAt ? { nextAttemptAt } : {}),
      },
    });
    if (updated.count === 0) return "lost-claim";
    if (nextAttemptAt) await enqueueInTransaction(tx, deliverNotificationQueue, { deliveryId: delivery.id }, { startAfter: nextAttemptAt });
    // Viewers of the war room see the delivery log change live.
    if (delivery.incidentId) await tx.$executeRaw`select pg_notify('incident_changed', ${delivery.incidentId})`;
    if (outcome === "failed" && !result.ok && delivery.incidentId) {
      await recordIncidentChange(tx, SYSTEM_ACTOR, delivery.incidentId, {
        type: "notification_failed",
        data: {
          channel: delivery.channelName,
          kind: delivery.channelKind,
          recipient: delivery.recipientName,
          event: delivery.eventType,
          attempts: delivery.attempt,
          responseCode: result.statusCode,
          error: result.error,
        },
      });
    }
    return outcome;
  });
}
