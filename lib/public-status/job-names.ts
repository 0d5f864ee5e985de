import { defineQueue } from "@/lib/jobs/job-queue";

// Queues of the public page's subscriber notifications, apart from the
// handlers so that enqueuing them loads no mail or webhook code.
export const FAN_OUT_JOB = "status.fan-out-update";
export const DELIVER_JOB = "status.deliver-update";

export const fanOutUpdateQueue = defineQueue<{ updateId: string }>(FAN_OUT_JOB);
export const deliverUpdateQueue = defineQueue<{ updateId: string; subscriberId: string }>(DELIVER_JOB, { retryLimit: 8 });
