import "server-only";
import type PgBoss from "pg-boss";
import type { JobQueue } from "./job-queue";

const created = new Set<string>();

// pg-boss 10 needs a queue to exist before jobs are sent to it; each queue
// carries its job's retry policy and, where it has one, its dead-letter
// queue (which must exist first).
export async function ensureQueue(boss: PgBoss, queue: JobQueue): Promise<void> {
  const { name, deadLetter } = queue;
  if (created.has(name)) return;
  if (deadLetter) await ensureQueue(boss, deadLetter);
  const existing = await boss.getQueue(name);
  if (!existing) {
    await boss.createQueue(name, {
      name,
      retryLimit: queue.retryLimit ?? 5,
      retryDelay: queue.retryDelaySeconds ?? 5,
      retryBackoff: queue.retryBackoff ?? true,
      expireInSeconds: queue.expireInSeconds ?? 15 * 60,
      ...(deadLetter ? { deadLetter: deadLetter.name } : {}),
    });
  } else if (deadLetter && existing.deadLetter !== deadLetter.name) {
    // A queue made before its job had a dead letter gets one (new jobs only).
    await boss.updateQueue(name, { ...existing, deadLetter: deadLetter.name });
  }
  created.add(name);
}
