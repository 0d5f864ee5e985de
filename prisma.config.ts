// Configuration for the Prisma CLI (generate, migrate). It runs Prisma's
// JS engine through the pg driver adapter, because the native schema engine
// cannot be downloaded on machines without general internet access.
import { defineConfig } from "prisma/config";
import { loadDotEnv } from "./lib/db/load-dot-env";
import { createMigrationAdapter } from "./lib/db/migration-adapter";
import { unrefLongTimers } from "./lib/db/unref-long-timers";

loadDotEnv();
unrefLongTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return createMigrationAdapter(requireDatabaseUrl());
  },
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: `npm start` sets it for the embedded database.");
  return url;
}
