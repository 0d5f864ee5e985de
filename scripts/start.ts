// `npm start`: everything Cordon needs on one machine. Starts the embedded
// PostgreSQL (unless DATABASE_URL names one), applies migrations, seeds demo
// data into an empty database, builds if needed, and serves the app.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadDotEnv } from "../lib/db/load-dot-env";
import type { DemoReceiver } from "../lib/notify/demo-receiver/demo-receiver";
import { parseArgs } from "./lib/args";
import { buildIfStale } from "./lib/build";
import { openDatabase } from "./lib/database";
import { loadOrCreateLocalSecrets } from "./lib/local-secrets";
import { applyMigrations } from "./lib/migrate";
import { printBanner } from "./lib/banner";
import { serverProcess } from "./lib/server-process";
import { waitForHealthy } from "./lib/wait-for-healthy";
import { emitSandboxAlert } from "./lib/sandbox-alert";

loadDotEnv();
const { options } = parseArgs(process.argv.slice(2));
const dataDir = resolve(String(options["data-dir"] ?? process.env.CORDON_DATA_DIR ?? ".data"));
const port = Number(options.port ?? process.env.PORT ?? 3000);
const host = String(options.host ?? process.env.HOST ?? "127.0.0.1");
const dev = options.dev === true;

async function main() {
  // --fresh starts from an empty data directory (used by the e2e suite).
  if (options.fresh === true) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const secrets = loadOrCreateLocalSecrets(dataDir);
  // Named for the start-up check (lib/rules/deploy): fine on one machine,
  // refused when CORDON_NODES says there are several.
  process.env.CORDON_GENERATED_SECRETS = ["AUTH_SECRET", "CORDON_SECRET_KEY"].filter((name) => !process.env[name]).join(",");
  process.env.AUTH_SECRET ??= secrets.AUTH_SECRET;
  process.env.CORDON_SECRET_KEY ??= secrets.CORDON_SECRET_KEY;
  // Evidence lives beside the database, per data directory.
  process.env.CORDON_EVIDENCE_DIR ??= join(dataDir, "evidence");
  const demoPassword = process.env.CORDON_DEMO_PASSWORD ?? secrets.DEMO_PASSWORD;

  step("Starting the database");
  const database = await openDatabase(dataDir);
  process.env.DATABASE_URL = database.url;
  const running: { server?: ChildProcess; sandbox?: { url: string; stop(): Promise<void> }; receiver?: DemoReceiver } = {};
  const stopInProcess = async () => {
    await running.sandbox?.stop();
    await running.receiver?.stop();
    await database.stop();
  };
  installShutdown(() => running.server, stopInProcess);

  step("Applying migrations");
  await applyMigrations(database.url);
  const { ensureReferenceData } = await import("../lib/reference-data/ensure-reference-data");
  await ensureReferenceData();

  // Before the demo data, which may refer to the sandbox cluster.
  running.sandbox = await startSandbox();

  // Demo data only on the embedded database (or when asked): an external
  // database is someone's real installation.
  const seedAllowed = database.embedded || process.env.CORDON_DEMO === "1";
  let seeded = false;
  if (seedAllowed) {
    // Before the demo data, whose webhook channel delivers to it.
    running.receiver = await startReceiver(secrets.DEMO_WEBHOOK_SECRET);
    step("Checking demo data");
    const { seedDemoData } = await import("../prisma/seed/seed-demo");
    seeded = (await seedDemoData(demoPassword, { hookUrl: running.receiver.hookUrl, signingSecret: secrets.DEMO_WEBHOOK_SECRET })).seeded;
    if (!seeded) {
      const { pointDemoChannelAtReceiver } = await import("../lib/notify/demo-receiver/point-demo-channel");
      await pointDemoChannelAtReceiver(running.receiver.hookUrl);
    }
  }

  if (!dev && options["no-build"] !== true) {
    step("Building (only when the sources changed)");
    await buildIfStale();
  }

  step(`Starting the web server on ${host}:${port}`);
  // `npm run dev` is Next's dev server alone (the public page is then served
  // by its app route, at its default path).
  const production = dev ? undefined : serverProcess(port, host);
  const server = production
    ? spawn(production.command, production.args, { stdio: "inherit", env: { ...process.env, ...production.env } })
    : spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", String(port), "-H", host], { stdio: "inherit", env: process.env });
  running.server = server;
  server.on("exit", (code) => {
    if (!shuttingDown) {
      console.error(`The web server stopped (exit ${code}).`);
      void stopInProcess().finally(() => process.exit(code ?? 1));
    }
  });

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  await waitForHealthy(url);
  if (seedAllowed && running.sandbox) await emitSandboxAlert(url).catch((error: unknown) => console.warn(`No demo alert: ${(error as Error).message}`));
  printBanner({ url, embedded: database.embedded, dataDir, seeded, showDemoLogins: seedAllowed, demoPassword, sandboxUrl: running.sandbox?.url, receiverUrl: running.receiver?.url });
}

// The demo webhook consumer runs in this process on a free port, like the
// sandbox; the web server reads what it received over HTTP with a token.
async function startReceiver(secret: string): Promise<DemoReceiver> {
  step("Starting the demo webhook receiver");
  const { startDemoReceiver } = await import("../lib/notify/demo-receiver/demo-receiver");
  const receiver = await startDemoReceiver({ secret, host: "127.0.0.1" });
  process.env.CORDON_DEMO_RECEIVER_URL = receiver.url;
  process.env.CORDON_DEMO_RECEIVER_TOKEN = receiver.readToken;
  return receiver;
}

// The sandbox cluster runs in this process on a free port, and the cluster
// named "sandbox" is (re-)registered with its new kubeconfig on every start.
// The web server reaches it over HTTP like any other cluster.
async function startSandbox() {
  const mode = process.env.CORDON_SANDBOX ?? "on";
  if (mode !== "on" && mode !== "off") throw new Error(`CORDON_SANDBOX must be "on" or "off", not "${mode}"`);
  if (mode === "off") return undefined;
  step("Starting the sandbox cluster");
  const { defaultSeed, plantReadinessWeaknesses, startSandboxCluster } = await import("../sandbox");
  const { ensureSandboxCluster } = await import("../lib/clusters/ensure-sandbox-cluster");
  // With the readiness weaknesses planted, the first scan (within a minute
  // of starting) shows real findings on /readiness.
  const sandbox = await startSandboxCluster({ host: "127.0.0.1", seed: plantReadinessWeaknesses(defaultSeed()) });
  // The request log is for tests; a long-running sandbox keeps only its tail.
  setInterval(() => sandbox.requests.splice(0, Math.max(0, sandbox.requests.length - 5_000)), 60_000).unref();
  try {
    await ensureSandboxCluster(sandbox.kubeconfig);
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
  return sandbox;
}

let shuttingDown = false;
function installShutdown(server: () => ChildProcess | undefined, stopDatabase: () => Promise<void>) {
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\n${signal}: stopping Cordon…`);
    const child = server();
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    }
    await stopDatabase();
    console.log("Stopped. Data is kept under", dataDir);
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGHUP", () => void shutdown("SIGHUP"));
}

function step(message: string) {
  console.log(`▸ ${message}`);
}

main().catch((error: Error) => {
  console.error(`\nCordon could not start: ${error.message}`);
  process.exit(1);
});
