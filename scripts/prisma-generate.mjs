// Generates the Prisma client after `npm install`. The schema's datasource
// reads DATABASE_URL, and without any value the Prisma CLI falls back to
// downloading a query engine; generating needs no database, so a placeholder
// is enough when none is set.
import { spawnSync } from "node:child_process";

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@localhost/placeholder" };
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
