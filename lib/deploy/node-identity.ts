import { readFileSync } from "node:fs";
import { join } from "node:path";

// Which Cordon process this is and which release it runs, for /api/health:
// behind a load balancer, the answer tells an operator which node replied.
export type NodeRole = "web" | "web+worker" | "worker";

export function nodeRole(environment: Record<string, string | undefined> = process.env): NodeRole {
  if (environment.CORDON_PROCESS === "worker") return "worker";
  return environment.CORDON_WORKER === "off" ? "web" : "web+worker";
}

let version: string | undefined;

// CORDON_VERSION (the image sets it at build time) wins over package.json,
// which the standalone output carries beside the server.
export function nodeVersion(environment: Record<string, string | undefined> = process.env): string {
  if (environment.CORDON_VERSION) return environment.CORDON_VERSION;
  version ??= readPackageVersion();
  return version;
}

function readPackageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
