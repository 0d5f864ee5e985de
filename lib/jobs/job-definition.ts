// A background job of some domain: its queue's retry policy, its handler and
// optionally a schedule. Handlers must be idempotent: a job may run again
// after a crash, and must find its work done rather than do it twice.
export type JobDefinition<T extends object = object> = {
  name: string;
  handle: (data: T, meta: { jobId: string }) => Promise<void>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
  /** Cron expression (UTC) for periodic jobs, e.g. "* * * * *". */
  schedule?: string;
};

export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition;
}
