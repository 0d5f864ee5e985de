import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

// The one Prisma client. Secret columns are omitted from every query unless
// a query asks for them explicitly, so they cannot leak by accident.
function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true },
      apiToken: { tokenHash: true },
      cluster: { kubeconfigEncrypted: true },
      clusterCloudProvider: { credentialsEncrypted: true },
      alertSource: { tokenHash: true },
    },
  });
}

type Db = ReturnType<typeof createClient>;

// Next's dev server reloads modules; keep one client per process.
const globalForDb = globalThis as unknown as { cordonDb?: Db };

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    // Created on first use so that `next build` never needs a database.
    const client = (globalForDb.cordonDb ??= createClient());
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Multi-row writes run in an interactive transaction with a bounded time.
export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 15_000, maxWait: 5_000 });
}
