import "server-only";
import { db } from "@/lib/db";

// Long enough for any send (10 s timeout, two PagerDuty calls for a test)
// with room to record the result; short enough that a crashed worker's
// claim frees the row within minutes even where its lock could not tell
// (deliveryLockKey below).
export const LEASE_MS = 2 * 60_000;

/**
 * The advisory lock a worker holds from claiming a delivery until its
 * outcome is recorded (deliver-notification.ts). PostgreSQL drops it the
 * moment that worker's connection closes, so whoever takes it while the
 * row still says SENDING knows the sender died mid-send and may take over
 * at once rather than wait for the lease to run out.
 */
export const deliveryLockKey = (deliveryId: string) => `notify-delivery:${deliveryId}`;

// Takes a delivery for sending with a conditional update: due and not
// taken, or left SENDING by a worker that died. Of two workers racing for
// one row, exactly one gets it. Called holding the delivery's lock: a row
// still SENDING then has no live sender.
export async function claimDelivery(deliveryId: string, now: Date): Promise<boolean> {
  const claimed = await db.notificationDelivery.updateMany({
    where: {
      id: deliveryId,
      OR: [{ status: { in: ["PENDING", "RETRYING"] }, nextAttemptAt: { lte: now } }, { status: "SENDING" }],
    },
    data: { status: "SENDING", leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  return claimed.count === 1;
}
