import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { poolConfigFromUrl } from "./pg-pool";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The adapter factory the Prisma CLI uses for `migrate dev` / `migrate deploy`.
// It mends two shortcomings of the stock pg adapter (6.19):
// - it runs a migration script by splitting it on ";", which breaks any
//   function body and applies half a script on failure; here the script goes
//   to PostgreSQL whole, as one implicit transaction;
// - its shadow database drops itself while its own pool is still connected,
//   which PostgreSQL refuses; here the pool is closed first.
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect(): Promise<Adapter> {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await this.runOnMainDatabase(`create database "${database}"`);
    const adapter = runScriptsWhole(await new PrismaPg({ ...this.poolConfig, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.runOnMainDatabase(`drop database if exists "${database}"`);
    };
    return adapter;
  }

  private async runOnMainDatabase(sql: string): Promise<void> {
    const client = new pg.Client(this.poolConfig);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

function runScriptsWhole(adapter: Adapter): Adapter {
  const driver = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    await driver.query(script);
  };
  return adapter;
}

export function createMigrationAdapter(databaseUrl: string): PrismaPg {
  return new MigrationAdapterFactory(poolConfigFromUrl(databaseUrl));
}
