import "server-only";
import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { getBoss } from "./boss";
import type { JobQueue } from "./job-queue";
import { ensureQueue } from "./queues";

export type EnqueueOptions = { singletonKey?: string; startAfter?: Date | number };

// Enqueues inside the caller's transaction: the job exists if and only if
// the change that asked for it commits (an outbox without a second table).
export async function enqueueInTransaction<T extends object>(tx: Tx, queue: JobQueue<T>, data: T, options: EnqueueOptions = {}): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, queue);
  const db: PgBoss.Db = {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
  await boss.send(queue.name, data, { ...options, db });
}

export async function enqueue<T extends object>(queue: JobQueue<T>, data: T, options: EnqueueOptions = {}): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, queue);
  await boss.send(queue.name, data, options);
}
