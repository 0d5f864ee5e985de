import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";

// PostgreSQL's catalog uses the `name` and `"char"` types, which Prisma's
// driver adapter cannot map (prisma/prisma#27403). Results report them as
// `text`; `"char"` columns are also marked so the migration adapter can
// hand them to the schema engine as single characters, which it expects.
// User tables never use these types.
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

export type MarkedField = pg.FieldDef & { catalogChar?: boolean };

function reportCatalogTypesAsText(result: pg.QueryResult | pg.QueryResult[]): void {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part?.fields ?? []) as MarkedField[]) {
      if (field.dataTypeID === CHAR_OID) field.catalogChar = true;
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
}

class CatalogFriendlyClient extends pg.Client {
  // pg calls query() both with a callback (from Pool.query) and without.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    const callback = typeof last === "function" ? (args.pop() as (err: Error | null, res?: unknown) => void) : null;
    const first = args[0];
    if (first && typeof first.submit === "function") return super.query(first);
    const promise = (super.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args).then((result) => {
      reportCatalogTypesAsText(result);
      return result;
    });
    if (!callback) return promise;
    promise.then((result) => callback(null, result), (error: Error) => callback(error));
    return undefined;
  }
}

// Explicit fields rather than a connection string: the adapter builds the
// shadow database's pool by overriding `database`, which a connection string
// would silently win over.
export function poolConfigFromUrl(url: string): pg.PoolConfig {
  const parsed = parseConnectionString(url);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as pg.PoolConfig["ssl"]) : undefined,
    Client: CatalogFriendlyClient,
    // Lets short-lived commands (the Prisma CLI, scripts) exit as soon as their
    // work is done instead of waiting out the idle timeout.
    allowExitOnIdle: true,
  };
}
