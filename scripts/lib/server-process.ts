// How the production web server process is started, in one place: `npm
// start`, the benchmarks and the e2e suite all run the server the same way.
import { existsSync } from "node:fs";

export const SERVE_BUNDLE = ".next/cordon/serve.mjs";
// The job worker (scripts/worker.ts) bundled for the image, which has no tsx.
// Run with `node --conditions=react-server`, as `npm run worker` runs it.
export const WORKER_BUNDLE = ".next/cordon/worker.mjs";

// Memory: the web server (Next, Prisma and the job worker in one process)
// must stay small while it streams a 1 GiB upload (bench:evidence, budget
// 150 MB resident).
// - A 1 MiB young generation (V8's default grows to 16 MiB) collects the
//   garbage of a stream's chunk wrappers early, and with it the network
//   buffers they hold.
// - One malloc arena: glibc otherwise gives each libuv thread (file writes)
//   an arena of its own that keeps freed memory.
const NODE_FLAGS = ["--max-semi-space-size=1"];
const PROCESS_ENV = { MALLOC_ARENA_MAX: "1" };

export function serverProcess(port: number, hostname: string): { command: string; args: string[]; env: Record<string, string> } {
  if (!existsSync(SERVE_BUNDLE)) throw new Error(`${SERVE_BUNDLE} is missing: run \`npm run build\` first`);
  return {
    command: process.execPath,
    args: [...NODE_FLAGS, SERVE_BUNDLE, "--port", String(port), "--hostname", hostname],
    env: PROCESS_ENV,
  };
}
