import type { JobQueue } from "./job-queue";

// A background job of some domain: its queue (with the retry policy), its
// handler and optionally a schedule. Handlers must be idempotent: a job may
// run again after a crash, and must find its work done rather than do it
// twice. Domains declare their jobs; only the worker entry
// (lib/worker/start-job-worker.ts) collects them.
export type JobMeta = {
  jobId: string;
  /** What the job's previous run left: for a dead-letter job, why the original gave up. */
  output?: unknown;
};

export type JobDefinition<T extends object = object> = {
  queue: JobQueue<T>;
  /** The queue's name, for logs and look-ups. */
  name: string;
  handle: (data: T, meta: JobMeta) => Promise<void>;
  /** Cron expression (UTC) for periodic jobs, e.g. "* * * * *". */
  schedule?: string;
  /** How many of these jobs one worker process runs at once (default 1). */
  workers?: number;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

export function defineJob<T extends object>(queue: JobQueue<T>, job: Omit<JobDefinition<T>, "queue" | "name">): JobDefinition<T> {
  return { queue, name: queue.name, ...job };
}
