// Gives the test run a real PostgreSQL with Cordon's migrations applied:
// an embedded server unless TEST_DATABASE_URL names an external one, in
// which case a throwaway database is created on it.
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrate";

let embedded: EmbeddedDatabase | undefined;

export default async function setup(project: TestProject) {
  const database = `cordon_test_${Date.now().toString(36)}`;
  let url: string;
  if (process.env.TEST_DATABASE_URL) {
    const external = new URL(process.env.TEST_DATABASE_URL);
    external.pathname = `/${database}`;
    url = external.toString();
    await ensureDatabase(url, database);
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: ".data/test-db", database, fresh: true });
    url = embedded.url;
  }
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  return async () => {
    await embedded?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
