import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { poolConfigFromUrl, type MarkedField } from "./pg-pool";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The adapter factory the Prisma CLI uses for `migrate dev` / `migrate deploy`.
// It mends two shortcomings of the stock pg adapter (6.19):
// - it runs a migration script by splitting it on ";", which breaks any
//   function body and applies half a script on failure; here the script goes
//   to PostgreSQL whole, as one implicit transaction;
// - its shadow database drops itself while its own pool is still connected,
//   which PostgreSQL refuses; here the pool is closed first;
// - it cannot type the catalog's `"char"` columns, which the schema engine
//   reads when it inspects a database (see pg-pool.ts).
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect(): Promise<Adapter> {
    return prepare(await super.connect());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await this.runOnMainDatabase(`create database "${database}"`);
    const adapter = prepare(await new PrismaPg({ ...this.poolConfig, database }).connect());
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

function prepare(adapter: Adapter): Adapter {
  const driver = adapter.underlyingDriver() as pg.Pool;
  adapter.executeScript = async (script: string) => {
    await driver.query(script);
  };
  typeCatalogCharColumns(adapter);
  return adapter;
}

type PerformIO = (query: unknown) => Promise<{ fields: MarkedField[] }>;

// Runs the adapter's own queryRaw on a per-call view of the adapter whose
// performIO notes which columns were `"char"`, then types those columns as
// characters. A per-call view keeps concurrent queries apart.
function typeCatalogCharColumns(adapter: Adapter): void {
  const queryRaw = adapter.queryRaw;
  const performIO = (adapter as unknown as { performIO: PerformIO }).performIO;
  adapter.queryRaw = async (query) => {
    let charColumns: number[] = [];
    const view = Object.create(adapter) as { performIO: PerformIO };
    view.performIO = async (q) => {
      const result = await performIO.call(adapter, q);
      charColumns = result.fields.flatMap((field, index) => (field.catalogChar ? [index] : []));
      return result;
    };
    const result = await queryRaw.call(view, query);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
}

export function createMigrationAdapter(databaseUrl: string): PrismaPg {
  return new MigrationAdapterFactory(poolConfigFromUrl(databaseUrl));
}
