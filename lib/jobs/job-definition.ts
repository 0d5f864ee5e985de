// A background job of some domain: its queue's retry policy, its handler and
// optionally a schedule. Handlers must be idempotent: a job may run again
// after a crash, and must find its work done rather than do it twice.
export type JobMeta = {
  jobId: string;
  /** What the job's previous run left: for a dead-letter job, why the original gave up. */
  output?: unknown;
};

export type JobDefinition<T extends object = object> = {
  name: string;
  handle: (data: T, meta: JobMeta) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  /** Cron expression (UTC) for periodic jobs, e.g. "* * * * *". */
  schedule?: string;
  /**
   * The queue that receives a copy of the job once it has failed for good
   * (retries exhausted, or expired on its last attempt), so that something
   * can say so instead of leaving its work looking "in progress".
   */
  deadLetter?: string;
};

export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}
