import "server-only";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { deliverNotificationQueue } from "../job-names";

// A delivery's job normally runs within seconds of its due time; one still
// waiting this long after it lost its job (a queue wiped, a job expired).
const OVERDUE_MS = 2 * 60_000;

// Finds outbox rows nobody is working on — due long ago, or claimed by a
// worker whose lease ran out because it crashed mid-send — and queues them
// again. The claim in deliverNotification keeps a doubled job harmless.
export async function sweepDeliveries(now = new Date(), limit = 500): Promise<string[]> {
  const stale = await db.notificationDelivery.findMany({
    where: {
      OR: [
        { status: { in: ["PENDING", "RETRYING"] }, nextAttemptAt: { lte: new Date(now.getTime() - OVERDUE_MS) } },
        { status: "SENDING", leaseUntil: { lt: now } },
      ],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  for (const { id } of stale) await enqueue(deliverNotificationQueue, { deliveryId: id });
  return stale.map((row) => row.id);
}
