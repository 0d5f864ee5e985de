import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { log } from "@/lib/log";
import { deliverNotificationQueue, escalateQueue, notifyScanQueue } from "./job-names";

// Handlers import their code when first run: channel clients (SMTP, HTTP)
// stay out of an idle server.

const deliver = defineJob(deliverNotificationQueue, {
  handle: async ({ deliveryId }) => {
    const { deliverNotification } = await import("./delivery/deliver-notification");
    await deliverNotification(deliveryId, new Date());
  },
});

const escalate = defineJob(escalateQueue, {
  handle: async ({ escalationId }) => {
    const { advanceEscalation } = await import("./escalation/run-due-escalations");
    await advanceEscalation(escalationId, new Date());
  },
});

// Every minute: escalations whose job went missing, overdue status updates,
// and outbox rows left behind by a crashed worker.
const scan = defineJob(notifyScanQueue, {
  schedule: "* * * * *",
  handle: async () => {
    const [{ runDueEscalations }, { scanOverdueUpdates }, { sweepDeliveries }] = await Promise.all([
      import("./escalation/run-due-escalations"),
      import("./escalation/scan-overdue-updates"),
      import("./delivery/sweep-deliveries"),
    ]);
    const now = new Date();
    const escalations = await runDueEscalations(now);
    const overdue = await scanOverdueUpdates(now);
    const requeued = await sweepDeliveries(now);
    if (escalations.notified + overdue + requeued.length > 0) {
      log.info({ escalations, overdue, requeued: requeued.length }, "notification scan");
    }
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const notifyJobs: AnyJobDefinition[] = [deliver, escalate, scan];
