import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { log } from "@/lib/log";

// Every quarter hour: owners of action items that became overdue are told,
// once per item and due date. Items fall due at midnight UTC, so a finer
// schedule would only repeat an empty query.
const scanOverdue = defineJob<object>({
  name: "action-items-overdue-scan",
  schedule: "*/15 * * * *",
  retryLimit: 1,
  expireInSeconds: 300,
  handle: async () => {
    const { scanOverdueActionItems } = await import("./scan-overdue-action-items");
    const notified = await scanOverdueActionItems(new Date());
    if (notified > 0) log.info({ notified }, "overdue action items notified");
  },
});

// Background jobs of this domain (see lib/jobs/all-jobs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const actionItemJobs: JobDefinition<any>[] = [scanOverdue];
