import "server-only";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// The queue lives in PostgreSQL (schema "pgboss"): no other infrastructure.
const globalForBoss = globalThis as unknown as { cordonBoss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  globalForBoss.cordonBoss ??= startBoss();
  return globalForBoss.cordonBoss;
}

async function startBoss(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  return boss;
}

export async function stopBoss(): Promise<void> {
  const started = globalForBoss.cordonBoss;
  globalForBoss.cordonBoss = undefined;
  if (started) await (await started).stop({ graceful: true, wait: true });
}
