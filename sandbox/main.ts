// Starts the sandbox cluster for the launcher and for drills:
//   SANDBOX_PORT (default 0: any free port), SANDBOX_HOST (default 127.0.0.1),
//   SANDBOX_TOKEN (default random), SANDBOX_KUBECONFIG (write the kubeconfig there),
//   SANDBOX_BUSY_NODE_PODS (use the benchmark seed with that many pods on worker-2).
import { writeFile } from "node:fs/promises";
import { seedWithBusyNode } from "./seed-busy-node";
import { startSandboxCluster } from "./server";

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SANDBOX_PORT must be a port number, got ${process.env.SANDBOX_PORT}`);
  const busy = process.env.SANDBOX_BUSY_NODE_PODS ? Number(process.env.SANDBOX_BUSY_NODE_PODS) : undefined;
  if (busy !== undefined && (!Number.isInteger(busy) || busy < 0)) throw new Error("SANDBOX_BUSY_NODE_PODS must be a whole number");
  const cluster = await startSandboxCluster({
    port,
    ...(process.env.SANDBOX_HOST ? { host: process.env.SANDBOX_HOST } : {}),
    ...(process.env.SANDBOX_TOKEN ? { token: process.env.SANDBOX_TOKEN } : {}),
    ...(busy !== undefined ? { seed: seedWithBusyNode(busy) } : {}),
  });
  const kubeconfigPath = process.env.SANDBOX_KUBECONFIG;
  // Owner-only: the kubeconfig carries the bearer token.
  if (kubeconfigPath) await writeFile(kubeconfigPath, cluster.kubeconfig, { mode: 0o600 });
  process.stdout.write(`sandbox cluster listening on ${cluster.url}\n`);
  if (kubeconfigPath) process.stdout.write(`kubeconfig written to ${kubeconfigPath}\n`);
  const shutdown = () => {
    cluster.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox cluster failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
