import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { log } from "@/lib/log";
import { NOTIFY_JOBS } from "./job-names";

// Handlers import their code when first run: channel clients (SMTP, HTTP)
// stay out of an idle server.

// Retries of a failed send are scheduled by the outbox itself (it honours
// Retry-After); the queue's own retries only cover a crash of the handler.
const deliver = defineJob<{ deliveryId: string }>({
  name: NOTIFY_JOBS.deliver,
  retryLimit: 3,
  retryDelaySeconds: 10,
  expireInSeconds: 5 * 60,
  handle: async ({ deliveryId }) => {
    const { deliverNotification } = await import("./delivery/deliver-notification");
    await deliverNotification(deliveryId, new Date());
  },
});

const escalate = defineJob<{ escalationId: string }>({
  name: NOTIFY_JOBS.escalate,
  retryLimit: 3,
  retryDelaySeconds: 10,
  expireInSeconds: 5 * 60,
  handle: async ({ escalationId }) => {
    const { advanceEscalation } = await import("./escalation/run-due-escalations");
    await advanceEscalation(escalationId, new Date());
  },
});

// Every minute: escalations whose job went missing, overdue status updates,
// and outbox rows left behind by a crashed worker.
const scan = defineJob<object>({
  name: NOTIFY_JOBS.scan,
  schedule: "* * * * *",
  retryLimit: 1,
  expireInSeconds: 120,
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

// Background jobs of this domain (see lib/jobs/all-jobs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const notifyJobs: JobDefinition<any>[] = [deliver, escalate, scan];
