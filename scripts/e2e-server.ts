// The e2e suite's web server: `npm start`'s launcher (scripts/start.ts) with
// the given arguments, its output shown as usual and also kept in a file,
// which the suite's teardown checks for uncaught errors
// (scripts/lib/server-output.ts).
//
//   tsx scripts/e2e-server.ts --log .data/e2e-3100.log -- --fresh --port 3100
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";

const separator = process.argv.indexOf("--");
const own = process.argv.slice(2, separator === -1 ? undefined : separator);
const launcherArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const logAt = own.indexOf("--log");
const logPath = logAt === -1 ? undefined : own[logAt + 1];
if (!logPath) {
  console.error("usage: tsx scripts/e2e-server.ts --log <file> -- <arguments of scripts/start.ts>");
  process.exit(2);
}

mkdirSync(dirname(logPath), { recursive: true });
const log = createWriteStream(logPath, { flags: "w" });
const launcher = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts", ...launcherArgs], {
  stdio: ["ignore", "pipe", "pipe"],
  env: process.env,
});
launcher.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
launcher.stderr.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => launcher.kill(signal));
launcher.on("exit", (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
