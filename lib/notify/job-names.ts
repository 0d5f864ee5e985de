import { defineQueue } from "@/lib/jobs/job-queue";

// Queues of this domain's jobs, apart from their handlers so that writers
// can enqueue without importing the whole delivery machinery.
export const NOTIFY_JOBS = {
  deliver: "notify-deliver",
  escalate: "notify-escalate",
  scan: "notify-scan",
} as const;

// Retries of a failed send are scheduled by the outbox itself (it honours
// Retry-After); the queue's own retries only cover a crash of the handler.
export const deliverNotificationQueue = defineQueue<{ deliveryId: string }>(NOTIFY_JOBS.deliver, {
  retryLimit: 3,
  retryDelaySeconds: 10,
  expireInSeconds: 5 * 60,
});

export const escalateQueue = defineQueue<{ escalationId: string }>(NOTIFY_JOBS.escalate, {
  retryLimit: 3,
  retryDelaySeconds: 10,
  expireInSeconds: 5 * 60,
});

export const notifyScanQueue = defineQueue<object>(NOTIFY_JOBS.scan, { retryLimit: 1, expireInSeconds: 120 });
