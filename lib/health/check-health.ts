import "server-only";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { db } from "@/lib/db";
import { nodeRole, nodeVersion, type NodeRole } from "@/lib/deploy/node-identity";

type Checks = { status: "ok" | "degraded"; database: "ok" | "unreachable"; migrations: "current" | "pending" | "unknown"; pending?: string[] };
export type Health = Checks & { role: NodeRole; version: string };

// Database reachable and every committed migration applied, and which node
// answered (role and release), so a rollout can be watched node by node.
export async function checkHealth(): Promise<Health> {
  return { ...(await checkDependencies()), role: nodeRole(), version: nodeVersion() };
}

async function checkDependencies(): Promise<Checks> {
  let applied: string[];
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null`;
    applied = rows.map((row) => row.migration_name);
  } catch {
    return { status: "degraded", database: "unreachable", migrations: "unknown" };
  }
  const committed = committedMigrations();
  if (!committed) return { status: "ok", database: "ok", migrations: "unknown" };
  const pending = committed.filter((name) => !applied.includes(name));
  return pending.length === 0
    ? { status: "ok", database: "ok", migrations: "current" }
    : { status: "degraded", database: "ok", migrations: "pending", pending };
}

function committedMigrations(): string[] | null {
  try {
    return readdirSync(join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return null;
  }
}
