import "server-only";
import { alertJobs } from "@/lib/alerts/jobs";
import { clusterJobs } from "@/lib/clusters/jobs";
import { drillJobs } from "@/lib/drills/jobs";
import { evidenceJobs } from "@/lib/evidence/jobs";
import { insightJobs } from "@/lib/insights/jobs";
import type { AnyJobDefinition } from "@/lib/jobs/job-definition";
import { startWorker } from "@/lib/jobs/worker";
import { notifyJobs } from "@/lib/notify/jobs";
import { actionItemJobs } from "@/lib/post-mortems/action-items/jobs";
import { publicStatusJobs } from "@/lib/public-status/jobs";
import { readinessJobs } from "@/lib/readiness/jobs";
import { regulatoryJobs } from "@/lib/regulatory/jobs";

// The worker entry, and the one place that knows every domain's jobs: only
// instrumentation.ts and scripts/worker.ts import it. Enqueueing needs just
// a job's queue (lib/jobs/enqueue.ts), so no domain depends on this list.
export const ALL_JOBS: readonly AnyJobDefinition[] = [...clusterJobs, ...alertJobs, ...evidenceJobs, ...regulatoryJobs, ...publicStatusJobs, ...notifyJobs, ...actionItemJobs, ...readinessJobs, ...insightJobs, ...drillJobs];

export function startJobWorker(): Promise<void> {
  return startWorker(ALL_JOBS);
}
