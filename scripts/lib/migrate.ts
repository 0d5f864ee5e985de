// Applies the committed migrations with `prisma migrate deploy`, then checks
// that they really landed: a migrate command can exit 0 having done nothing.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import pg from "pg";

export async function applyMigrations(databaseUrl: string): Promise<void> {
  const output = await run(["node_modules/prisma/build/index.js", "migrate", "deploy"], databaseUrl);
  const expected = committedMigrations();
  const applied = await appliedMigrations(databaseUrl);
  const missing = expected.filter((name) => !applied.includes(name));
  if (missing.length > 0) {
    throw new Error(`prisma migrate deploy did not apply: ${missing.join(", ")}\n${output}`);
  }
}

export function committedMigrations(): string[] {
  return readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ migration_name: string }>(
      "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    return result.rows.map((row) => row.migration_name);
  } catch {
    return [];
  } finally {
    await client.end();
  }
}

function run(args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
}
