import "server-only";
import { log } from "@/lib/log";
import { getBoss } from "./boss";
import type { AnyJobDefinition } from "./job-definition";
import { startReclaimingOrphanedJobs, withJobLease } from "./job-lease";
import { ensureQueue } from "./queues";

// Starts handling the given jobs. The worker entry
// (lib/worker/start-job-worker.ts) passes every domain's; it runs inside the
// web server by default (instrumentation.ts) or on its own with
// `npm run worker`.
export async function startWorker(jobs: readonly AnyJobDefinition[]): Promise<void> {
  const boss = await getBoss();
  for (const job of jobs) {
    await ensureQueue(boss, job.queue);
    // pg-boss 10 runs one job at a time per work() call: one call per slot.
    for (let slot = 0; slot < (job.workers ?? 1); slot++) {
      await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([item]) => {
        if (!item) return;
        try {
          // The lease lets other workers see this job's worker alive (job-lease.ts).
          await withJobLease(item.id, () => job.handle(item.data as object, { jobId: item.id, output: item.output }));
        } catch (error) {
          log.warn({ err: error, job: job.name, jobId: item.id }, "job failed; it will be retried if attempts remain");
          throw error;
        }
      });
    }
    if (job.schedule) await boss.schedule(job.name, job.schedule, {});
  }
  startReclaimingOrphanedJobs(boss, jobs.map((job) => job.name));
  log.info({ jobs: jobs.map((job) => job.name) }, "job worker started");
}
