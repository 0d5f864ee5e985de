// Builds the app: `next build`, then the front door's server entry
// (scripts/serve.ts) bundled on its own. buildIfStale() builds only when
// there is no build yet or a source file is newer than it, so a second
// `npm start` starts in seconds.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { SERVE_BUNDLE, WORKER_BUNDLE } from "./server-process";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema", "next.config.mjs", "package-lock.json", "proxy.ts", "instrumentation.ts", "scripts/serve.ts"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

export async function buildIfStale(): Promise<void> {
  const marker = ".next/BUILD_ID";
  if (existsSync(marker) && existsSync(SERVE_BUNDLE) && newestModification(SOURCES) <= statSync(marker).mtimeMs) return;
  await buildAll();
}

export async function buildAll(): Promise<void> {
  await run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
  // After `next build`, which empties .next first. Packages stay external:
  // the entry shares node_modules (and Next itself) with the app.
  const common = { bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "warning" } as const;
  await esbuild({ ...common, entryPoints: ["scripts/serve.ts"], outfile: SERVE_BUNDLE });
  // The worker's code is server code: the react-server condition picks the
  // server builds of packages such as server-only, as Next does.
  await esbuild({ ...common, entryPoints: ["scripts/worker.ts"], outfile: WORKER_BUNDLE, conditions: ["react-server"] });
}

function newestModification(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!SKIP.has(entry)) visit(join(path, entry));
    }
  };
  paths.forEach(visit);
  return newest;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}
