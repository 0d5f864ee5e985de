import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false };

/**
 * Runs `work` holding a PostgreSQL advisory lock named by `key`, or returns
 * at once ({ acquired: false }) when someone else holds it. The lock is
 * session-level, on a connection of its own kept for as long as `work`
 * runs, so it is shared by every worker process on the database; and when a
 * worker dies its connection closes and PostgreSQL releases the lock: a
 * crash never leaves the key locked.
 */
export async function withAdvisoryLock<T>(key: string, work: () => Promise<T>): Promise<LockOutcome<T>> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  // Losing the connection loses the lock; the work's own writes are guarded
  // by its idempotency, so this is logged rather than thrown at a stranger.
  client.on("error", (error) => log.warn({ err: error, lock: key }, "advisory lock connection lost"));
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("select pg_try_advisory_lock(hashtextextended($1, 0)) as locked", [key]);
    if (!rows[0]?.locked) return { acquired: false };
    return { acquired: true, value: await work() };
  } finally {
    // Closing the session releases the lock.
    await client.end().catch(() => {});
  }
}
