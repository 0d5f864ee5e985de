// A queue of some domain's jobs and its retry policy, apart from the job's
// handler: code that enqueues needs only this, so it never imports the
// handlers (nor they the registry of every job).
export type JobQueue<T extends object = object> = {
  readonly name: string;
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  readonly retryBackoff?: boolean;
  readonly expireInSeconds?: number;
  /**
   * The queue that receives a copy of a job once it has failed for good
   * (retries exhausted, or expired on its last attempt), so that something
   * can say so instead of leaving its work looking "in progress".
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly deadLetter?: JobQueue<any>;
  /** Never set: carries the type of the job's data to enqueue(). */
  readonly data?: T;
};

export type QueuePolicy = Omit<JobQueue, "name" | "data">;

export function defineQueue<T extends object>(name: string, policy: QueuePolicy = {}): JobQueue<T> {
  return { name, ...policy };
}
