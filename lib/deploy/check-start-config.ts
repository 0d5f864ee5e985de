import { describeScaleOutProblems, scaleOutProblems } from "@/lib/rules/deploy/scale-out-config";

// Run first thing by the web server entry (scripts/serve.ts) and the worker
// (scripts/worker.ts): a node that would corrupt a multi-node installation
// stops with a message instead of half-working.
export function refuseUnsafeScaleOut(role: "web" | "worker", environment: Record<string, string | undefined> = process.env): void {
  const problems = scaleOutProblems(environment);
  if (problems.length === 0) return;
  console.error(describeScaleOutProblems(role, problems));
  process.exit(1);
}
