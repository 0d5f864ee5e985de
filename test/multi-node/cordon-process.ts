// One Cordon process of the multi-node test, started from the build the
// image runs: the web server's .next/cordon/serve.mjs or the bundled worker.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { SERVE_BUNDLE, WORKER_BUNDLE } from "../../scripts/lib/server-process";

export type CordonProcess = { name: string; child: ChildProcess; output: string[] };

export function startWeb(name: string, port: number, environment: Record<string, string>): CordonProcess {
  return launch(name, ["--max-semi-space-size=1", SERVE_BUNDLE, "--port", String(port), "--hostname", "127.0.0.1"], { ...environment, CORDON_WORKER: "off" });
}

export function startWorkerProcess(name: string, environment: Record<string, string>): CordonProcess {
  return launch(name, ["--conditions=react-server", WORKER_BUNDLE], environment);
}

function launch(name: string, args: string[], environment: Record<string, string>): CordonProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...environment }, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return { name, child, output };
}

/** kill -9: no shutdown hook runs, connections drop as in a lost node. */
export async function killHard(process: CordonProcess): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  const exited = once(process.child, "exit");
  process.child.kill("SIGKILL");
  await exited;
}

/** SIGTERM, as Kubernetes stops a pod: the server finishes what it accepted. */
export async function stopGracefully(process: CordonProcess): Promise<void> {
  if (process.child.exitCode !== null || process.child.signalCode !== null) return;
  const exited = once(process.child, "exit");
  process.child.kill("SIGTERM");
  await exited;
}
