import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { postureScanQueue, readinessDueQueue } from "./job-names";

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts);
// handlers are imported when first run, keeping the scanner out of an idle server.
export const readinessJobs: AnyJobDefinition[] = [
  defineJob(postureScanQueue, {
    workers: 2,
    handle: async ({ scanId }) => {
      const outcome = await (await import("./run-posture-scan")).runPostureScan(scanId);
      // The cluster's lock is held by another scan: try again later, never alongside it.
      if (outcome === "busy") throw new Error(`another scan of this cluster is running; scan ${scanId} waits for it`);
    },
  }),
  defineJob(readinessDueQueue, {
    schedule: "* * * * *",
    handle: async () => {
      await (await import("./run-due-readiness")).runDueReadiness();
    },
  }),
];
