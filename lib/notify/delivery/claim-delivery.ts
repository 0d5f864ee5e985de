import "server-only";
import { db } from "@/lib/db";

// Long enough for any send (10 s timeout, two PagerDuty calls for a test)
// with room to record the result; short enough that a crashed worker's
// claim frees the row within minutes.
export const LEASE_MS = 2 * 60_000;

// Takes a delivery for sending with a conditional update: due and not
// taken, or taken by a worker whose lease ran out (it crashed). Of two
// workers racing for one row, exactly one gets it.
export async function claimDelivery(deliveryId: string, now: Date): Promise<boolean> {
  const claimed = await db.notificationDelivery.updateMany({
    where: {
      id: deliveryId,
      OR: [
        { status: { in: ["PENDING", "RETRYING"] }, nextAttemptAt: { lte: now } },
        { status: "SENDING", leaseUntil: { lt: now } },
      ],
    },
    data: { status: "SENDING", leaseUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  return claimed.count === 1;
}
