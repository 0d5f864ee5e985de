// A fresh embedded database for a benchmark, migrated and holding the
// reference data, plus sign-in-able users with API tokens. Every benchmark
// starts from the same state this way.
import { applyMigrations } from "../../scripts/lib/migrate";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

export const BENCH_PASSWORD = "bench-password-123";

// Fixed secrets: benchmark data is thrown away. A low password cost keeps
// sign-in from dominating what is measured.
process.env.AUTH_SECRET ??= "bench-auth-secret-bench-auth-secret-000";
process.env.CORDON_SECRET_KEY ??= "1".repeat(64);
process.env.CORDON_PASSWORD_COST ??= "4";

export async function openBenchDatabase(dataDir: string) {
  const database = await startEmbeddedPostgres({ dataDir, database: "cordon", fresh: true });
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url);
  const { ensureReferenceData } = await import("../../lib/reference-data/ensure-reference-data");
  await ensureReferenceData();
  return {
    url: database.url,
    /** The server's environment: this database and the secrets above. */
    serverEnv: { DATABASE_URL: database.url, AUTH_SECRET: process.env.AUTH_SECRET!, CORDON_SECRET_KEY: process.env.CORDON_SECRET_KEY! },
    async stop() {
      const { db } = await import("../../lib/db");
      await db.$disconnect();
      const { stopBoss } = await import("../../lib/jobs/boss");
      await stopBoss();
      await database.stop();
    },
  };
}

/** A user of `role` named "<name>@bench.local", with an API token. */
export async function benchUser(role: "LEAD" | "EXECUTIVE", name: string) {
  const { createUser } = await import("../../lib/users/create-user");
  const { createApiToken } = await import("../../lib/tokens/create-api-token");
  const { SYSTEM_ACTOR } = await import("../../lib/audit/actor");
  const user = await createUser(SYSTEM_ACTOR, { email: `${name}@bench.local`, name: `Bench ${name}`, role, password: BENCH_PASSWORD });
  const { token } = await createApiToken(SYSTEM_ACTOR, user.id, { name: "bench" });
  return { user, token };
}
