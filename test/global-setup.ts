// Gives the test run a real PostgreSQL with Cordon's migrations applied:
// an embedded server unless TEST_DATABASE_URL names an external one, in
// which case a throwaway database is created on it.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrate";

let embedded: EmbeddedDatabase | undefined;

// Test-only settings, inherited by the test workers. A low bcrypt cost keeps
// tests fast; production uses the default of 12.
function setTestEnvironment() {
  process.env.CORDON_SECRET_KEY ??= "0".repeat(64);
  process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0000";
  process.env.CORDON_PASSWORD_COST ??= "4";
  process.env.LOG_LEVEL ??= "silent";
}

export default async function setup(project: TestProject) {
  setTestEnvironment();
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
  await seedReferenceData(url);
  project.provide("databaseUrl", url);
  return async () => {
    if (embedded) await embedded.stop();
    else await dropDatabase(url, database);
  };
}

// A throwaway database on an external server is removed after the run.
async function dropDatabase(url: string, database: string) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await admin.end();
  }
}

// Data every installation has (severities, regulatory catalog), as the
// launcher creates it.
async function seedReferenceData(url: string) {
  process.env.DATABASE_URL = url;
  const { ensureReferenceData } = await import("../lib/reference-data/ensure-reference-data");
  const { db } = await import("../lib/db");
  await ensureReferenceData();
  await db.$disconnect();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
