import "server-only";
import type PgBoss from "pg-boss";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { withAdvisoryLock } from "./advisory-lock";

// pg-boss 10 cannot tell that the worker running a job has died: the job
// stays "active" until its queue's expireInSeconds (30 minutes for cluster
// actions) and only then is retried. A job run holds a lease instead, a
// session advisory lock named after the job, on a connection of its own;
// PostgreSQL drops the lock the moment the worker's connections close (kill
// -9, lost node). Any worker that finds an active job whose lease it can take
// knows the job's worker is gone and fails the job, so pg-boss retries it by
// its queue's policy (handlers are idempotent: the retry finds finished
// steps done).

/** Time a job may be active before its lease is taken (fetch → lease). */
export const LEASE_GRACE_SECONDS = 10;
const RECLAIM_EVERY_MS = 15_000;

const leaseKey = (jobId: string) => `job-lease:${jobId}`;

export class LeaseTakenError extends Error {}

/** Runs a job's handler holding its lease. */
export async function withJobLease(jobId: string, work: () => Promise<void>): Promise<void> {
  const outcome = await withAdvisoryLock(leaseKey(jobId), work);
  // Only a reclaimer checking this very job holds it: let pg-boss retry.
  if (!outcome.acquired) throw new LeaseTakenError(`job ${jobId} is being reclaimed`);
}

/**
 * Fails the active jobs of these queues whose worker is gone (their lease is
 * free), so they are retried now rather than at expiry. Returns their ids.
 */
export async function reclaimOrphanedJobs(boss: PgBoss, queues: readonly string[], graceSeconds = LEASE_GRACE_SECONDS): Promise<string[]> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  let active: { id: string; name: string }[];
  try {
    ({ rows: active } = await client.query<{ id: string; name: string }>(
      "select id, name from pgboss.job where state = 'active' and name = any($1) and started_on < now() - make_interval(secs => $2)",
      [queues, graceSeconds],
    ));
  } finally {
    await client.end().catch(() => {});
  }
  const reclaimed: string[] = [];
  for (const job of active) {
    const outcome = await withAdvisoryLock(leaseKey(job.id), () => boss.fail(job.name, job.id, { reason: "the worker running this job stopped (its lease was free)" }));
    if (outcome.acquired) reclaimed.push(job.id);
  }
  if (reclaimed.length > 0) log.warn({ jobs: reclaimed }, "retrying jobs whose worker stopped");
  return reclaimed;
}

/** Reclaims at start and then periodically, for as long as the worker runs. */
export function startReclaimingOrphanedJobs(boss: PgBoss, queues: readonly string[]): void {
  const reclaim = () => void reclaimOrphanedJobs(boss, queues).catch((error: unknown) => log.warn({ err: error }, "could not check for orphaned jobs"));
  reclaim();
  setInterval(reclaim, RECLAIM_EVERY_MS).unref();
}
