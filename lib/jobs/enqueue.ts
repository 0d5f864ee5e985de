import "server-only";
import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { getBoss } from "./boss";
import { ensureQueue } from "./queues";

export type EnqueueOptions = { singletonKey?: string; startAfter?: Date | number };

// Enqueues inside the caller's transaction: the job exists if and only if
// the change that asked for it commits (an outbox without a second table).
export async function enqueueInTransaction(tx: Tx, name: string, data: object, options: EnqueueOptions = {}): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, name);
  const db: PgBoss.Db = {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
  await boss.send(name, data, { ...options, db });
}

export async function enqueue(name: string, data: object, options: EnqueueOptions = {}): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, name);
  await boss.send(name, data, options);
}
