import "server-only";
import { log } from "@/lib/log";
import { ALL_JOBS } from "./all-jobs";
import { getBoss } from "./boss";
import { ensureQueue } from "./queues";

// Starts handling every job. Runs inside the web server by default
// (instrumentation.ts) or on its own with `npm run worker`.
export async function startWorker(): Promise<void> {
  const boss = await getBoss();
  for (const job of ALL_JOBS) {
    await ensureQueue(boss, job.name);
    await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([item]) => {
      if (!item) return;
      try {
        await job.handle(item.data as object, { jobId: item.id, output: item.output });
      } catch (error) {
        log.warn({ err: error, job: job.name, jobId: item.id }, "job failed; it will be retried if attempts remain");
        throw error;
      }
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule, {});
  }
  log.info({ jobs: ALL_JOBS.map((job) => job.name) }, "job worker started");
}
