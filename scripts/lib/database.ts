// Finds the database for a script: DATABASE_URL when set (an external
// PostgreSQL: nothing is started), else the embedded one under the data dir.
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export async function openDatabase(dataDir: string, log?: (line: string) => void): Promise<EmbeddedDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, stop: async () => {}, embedded: false };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "db"), database: "cordon", log });
  return { ...embedded, embedded: true };
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const where = safeLocation(url);
    throw new Error(`Cannot reach the database at ${where}: ${(error as Error).message}. Check DATABASE_URL and that PostgreSQL is running.`);
  } finally {
    await client.end().catch(() => {});
  }
}

// The connection string without its password, for messages.
function safeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
