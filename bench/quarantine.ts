// `npx tsx --conditions=react-server bench/quarantine.ts`: quarantine a
// sandbox node running 200 pods with moveOtherWorkloads, through the same
// library calls the cluster-action job makes (read → plan → executePlan).
// Prints one JSON line: time to plan, time to apply, and the API calls made
// (from the sandbox's request log). Budget (DESIGN.md): planned and applied
// ≤ 2 s, with O(pods) calls at bounded parallelism.
import { executePlan } from "../lib/kubernetes/execute-plan";
import { closeConnection, connectWithKubeconfig } from "../lib/kubernetes/kube-connection";
import { sendKubeRequest } from "../lib/kubernetes/kube-request";
import { readNodeForQuarantine } from "../lib/kubernetes/read-plan-inputs";
import { SEED, seedWithBusyNode, startSandboxCluster, type RecordedRequest } from "../sandbox";
import { planNodeQuarantine } from "../lib/rules/quarantine";

const PODS = Number(process.env.BENCH_PODS ?? 200);
const BUDGET_MS = 2_000;
const CONCURRENCY = 10;
const INCIDENT = "0b7c6f2e-5d1a-4c3b-9e8f-7a6b5c4d3e2f";

// Disruption budgets that refuse at first would time the back-off waits,
// not Cordon: the bench node's budgets allow every eviction.
const seed = { ...seedWithBusyNode(PODS), pdbRefusals: [] };
const sandbox = await startSandboxCluster({ seed });
const connection = connectWithKubeconfig(sandbox.kubeconfig);
const suspect = { namespace: SEED.suspect.namespace, name: SEED.suspect.pod };
const calls = (requests: RecordedRequest[]) => ({ total: requests.length, reads: requests.filter((r) => r.method === "GET").length, writes: requests.filter((r) => r.method !== "GET").length });

try {
  // One warm-up request so connection setup is not counted as planning.
  await sendKubeRequest(connection, { method: "GET", path: "/version" });
  sandbox.clearRequests();

  const planStarted = performance.now();
  const input = await readNodeForQuarantine(connection, SEED.suspect.node);
  const steps = planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [suspect], moveOtherWorkloads: true, requestedBy: "bench@cordon.local" });
  const planMs = performance.now() - planStarted;
  const planCalls = calls(sandbox.requests);
  sandbox.clearRequests();

  const applyStarted = performance.now();
  const summary = await executePlan(connection, steps, { evictionConcurrency: CONCURRENCY, safety: { protectedPods: [suspect], incidentId: INCIDENT } });
  const applyMs = performance.now() - applyStarted;
  const applyCalls = calls(sandbox.requests);
  if (!summary.ok) throw new Error(`quarantine failed: ${summary.refusal ?? summary.failed?.failure?.message}`);

  const remaining = sandbox.state.podsOnNode(SEED.suspect.node).map((pod) => pod.metadata.name);
  const totalMs = planMs + applyMs;
  const round = (ms: number) => Number(ms.toFixed(1));
  console.log(
    JSON.stringify({
      bench: "quarantine",
      podsOnNode: input.podsOnNode.length,
      steps: steps.length,
      evictions: steps.filter((step) => step.kind === "evict").length,
      podsLeftOnNode: remaining.length,
      suspectStillRunning: remaining.includes(SEED.suspect.pod),
      planMs: round(planMs),
      applyMs: round(applyMs),
      totalMs: round(totalMs),
      budgetMs: BUDGET_MS,
      withinBudget: totalMs <= BUDGET_MS,
      evictionConcurrency: CONCURRENCY,
      apiCalls: { plan: planCalls, apply: applyCalls, total: planCalls.total + applyCalls.total },
      deletes: sandbox.requests.filter((r) => r.method === "DELETE").length,
    }),
  );
} finally {
  await closeConnection(connection);
  await sandbox.stop();
}
