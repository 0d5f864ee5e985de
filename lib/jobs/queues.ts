import "server-only";
import type PgBoss from "pg-boss";
import type { JobQueue } from "./job-queue";

// One creation per queue name per process: callers that arrive while it is
// under way wait for the same promise instead of racing to create the queue
// twice (pg-boss creates a table per queue, and the second create fails).
const ensured = new Map<string, Promise<void>>();

// pg-boss 10 needs a queue to exist before jobs are sent to it; each queue
// carries its job's retry policy and, where it has one, its dead-letter
// queue (which must exist first).
export function ensureQueue(boss: PgBoss, queue: JobQueue): Promise<void> {
  const inFlight = ensured.get(queue.name);
  if (inFlight) return inFlight;
  const creating = createOrUpdateQueue(boss, queue);
  ensured.set(queue.name, creating);
  // A failed attempt is forgotten, so the next caller tries again.
  creating.catch(() => ensured.delete(queue.name));
  return creating;
}

async function createOrUpdateQueue(boss: PgBoss, queue: JobQueue): Promise<void> {
  const { name, deadLetter } = queue;
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
}
