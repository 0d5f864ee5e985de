import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { defineQueue } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";

// Every quarter hour: owners of action items that became overdue are told,
// once per item and due date. Items fall due at midnight UTC, so a finer
// schedule would only repeat an empty query.
const scanOverdue = defineJob(defineQueue<object>("action-items-overdue-scan", { retryLimit: 1, expireInSeconds: 300 }), {
  schedule: "*/15 * * * *",
  handle: async () => {
    const { scanOverdueActionItems } = await import("./scan-overdue-action-items");
    const notified = await scanOverdueActionItems(new Date());
    if (notified > 0) log.info({ notified }, "overdue action items notified");
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const actionItemJobs: AnyJobDefinition[] = [scanOverdue];
