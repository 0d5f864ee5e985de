import "server-only";
import type PgBoss from "pg-boss";

const created = new Set<string>();

// pg-boss 10 needs a queue to exist before jobs are sent to it; each queue
// carries its job's retry policy and, where it has one, its dead-letter
// queue (which must exist first).
export async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  if (created.has(name)) return;
  // Imported here, not at the top: job modules themselves enqueue jobs, and
  // a static import would make the job list import itself.
  const { ALL_JOBS } = await import("./all-jobs");
  const job = ALL_JOBS.find((definition) => definition.name === name);
  if (!job) throw new Error(`Unknown job "${name}": add it to lib/jobs/all-jobs.ts`);
  if (job.deadLetter) await ensureQueue(boss, job.deadLetter);
  const existing = await boss.getQueue(name);
  if (!existing) {
    await boss.createQueue(name, {
      name,
      retryLimit: job.retryLimit ?? 5,
      retryDelay: job.retryDelaySeconds ?? 5,
      retryBackoff: job.retryBackoff ?? true,
      expireInSeconds: job.expireInSeconds ?? 15 * 60,
      ...(job.deadLetter ? { deadLetter: job.deadLetter } : {}),
    });
  } else if (job.deadLetter && existing.deadLetter !== job.deadLetter) {
    // A queue made before its job had a dead letter gets one (new jobs only).
    await boss.updateQueue(name, { ...existing, deadLetter: job.deadLetter });
  }
  created.add(name);
}
