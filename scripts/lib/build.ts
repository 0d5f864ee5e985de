// Builds the app when there is no build yet or a source file is newer than
// it, so a second `npm start` starts in seconds.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "public", "prisma/schema", "next.config.mjs", "package-lock.json", "proxy.ts", "instrumentation.ts"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

export async function buildIfStale(): Promise<void> {
  const marker = ".next/BUILD_ID";
  if (existsSync(marker) && newestModification(SOURCES) <= statSync(marker).mtimeMs) return;
  await run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
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
