import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { defineQueue } from "@/lib/jobs/job-queue";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { log } from "@/lib/log";

// Every minute: incidents that triggers marked dirty get fresh metrics rows,
// so insights stay current even when nobody opens them for a while.
const refreshMetrics = defineJob(defineQueue<object>("insights-refresh-metrics", { retryLimit: 1, expireInSeconds: 300 }), {
  schedule: "* * * * *",
  handle: async () => {
    const { refreshDirtyMetrics } = await import("./refresh-dirty-metrics");
    const { METRICS_LOCK } = await import("./refresh-if-dirty");
    const outcome = await withAdvisoryLock(METRICS_LOCK, () => refreshDirtyMetrics());
    if (outcome.acquired && outcome.value > 0) log.info({ refreshed: outcome.value }, "incident metrics refreshed");
  },
});

// Every quarter hour: figures that move with the clock alone (running
// acknowledge and update clocks, action items falling overdue).
const markRunning = defineJob(defineQueue<object>("insights-mark-running", { retryLimit: 1, expireInSeconds: 300 }), {
  schedule: "*/15 * * * *",
  handle: async () => {
    const { markRunningIncidents } = await import("./mark-running-incidents");
    await markRunningIncidents(new Date());
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const insightJobs: AnyJobDefinition[] = [refreshMetrics, markRunning];
