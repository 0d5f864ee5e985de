// The executor's guarantees: resume without repeating work, stop at the first
// failure with nothing after it applied, clear causes, safe retries only.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { patchNodeStep, planNodeQuarantine, type Step } from "@/lib/rules/quarantine";
import { executePlan, type ExecutePlanOptions } from "./execute-plan";
import type { StepResult } from "./execute-step";
import { connectWithKubeconfig } from "./kube-connection";
import { readNodeForQuarantine } from "./read-plan-inputs";
import { buildKubeconfig, SEED, startSandboxCluster } from "@/sandbox";
import { expectNothingDestroyed, INCIDENT, recordingSleep, startHarness, writes, type Harness } from "./test-harness";

let h: Harness;
const { suspect } = SEED;
const suspectRef = { namespace: suspect.namespace, name: suspect.pod };

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  expectNothingDestroyed(h.cluster.requests);
  await h.cluster.stop();
});

async function plan(moveOtherWorkloads = true): Promise<Step[]> {
  const input = await readNodeForQuarantine(h.connection, suspect.node);
  h.cluster.clearRequests();
  return planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [suspectRef], moveOtherWorkloads });
}

const run = (steps: Step[], options: ExecutePlanOptions = {}) => executePlan(h.connection, steps, { sleep: recordingSleep().sleep, ...options });

class Crash extends Error {}

describe("idempotent resume", () => {
  it("after a crash, a second run with the completed keys sends each write exactly once", async () => {
    const steps = await plan();
    const persisted = new Set<string>();
    const crashAfter = 5;
    await expect(
      run(steps, {
        onStepFinished: (result) => {
          persisted.add(result.key);
          if (persisted.size === crashAfter) throw new Crash("worker died");
        },
      }),
    ).rejects.toThrow(Crash);
    expect(writes(h.cluster.requests)).toHaveLength(crashAfter);

    const finished: StepResult[] = [];
    const summary = await run(steps, { completedStepKeys: persisted, onStepFinished: (r) => void finished.push(r) });
    expect(summary.ok).toBe(true);
    expect(summary.counts).toMatchObject({ skipped: crashAfter, applied: steps.length - crashAfter, failed: 0 });
    expect(finished.map((r) => r.key).sort()).toEqual(steps.slice(crashAfter).map((s) => s.key).sort());

    const succeeded = writes(h.cluster.requests).filter((r) => r.status < 300);
    const signatures = succeeded.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`);
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(succeeded).toHaveLength(steps.length);
  });

  it("a re-planned run after a crash finds the same keys and keeps the first record", async () => {
    const first = await plan();
    const persisted = new Set<string>();
    await expect(
      run(first, {
        onStepFinished: (r) => {
          persisted.add(r.key);
          if (persisted.size === 3) throw new Crash();
        },
      }),
    ).rejects.toThrow(Crash);
    const record = h.cluster.state.get("nodes", undefined, "worker-2")?.metadata.annotations?.["cordon.dev/pre-quarantine"];
    const second = await plan();
    expect(second.map((s) => s.key)).toEqual(first.map((s) => s.key));
    const summary = await run(second, { completedStepKeys: persisted });
    expect(summary.ok).toBe(true);
    expect(JSON.parse(record ?? "{}")).toMatchObject({ unschedulable: null, taints: null });
    expect(h.cluster.state.get("nodes", undefined, "worker-2")?.metadata.annotations?.["cordon.dev/pre-quarantine"]).toBe(record);
  });

  it("treats an eviction of an already-gone pod and a repeated event as already done", async () => {
    const steps = await plan();
    await run(steps);
    const again = await run(steps);
    expect(again.ok).toBe(true);
    const outcome = (key: string) => again.results.find((r) => r.key === key)?.outcome;
    expect(outcome("evict:default/netshoot")).toBe("already-done");
    expect(outcome("event:node:worker-2:quarantine")).toBe("already-done");
    expect(outcome("node:worker-2:taint")).toBe("already-done");
  });
});

describe("failures", () => {
  it("stops at a forbidden verb, names the missing permission and applies nothing after it", async () => {
    const steps = await plan();
    h.cluster.state.deny({ verb: "patch", resource: "nodes" });
    const summary = await run(steps);
    expect(summary.ok).toBe(false);
    expect(summary.failed?.key).toBe("node:worker-2:taint");
    expect(summary.failed?.failure).toMatchObject({
      cause: "forbidden",
      status: 403,
      missingPermission: { user: "system:serviceaccount:cordon:cordon", verb: "patch", resource: "nodes", group: "" },
    });
    expect(summary.failed?.failure?.message).toBe(
      'Cordon is not allowed to patch nodes (403 Forbidden for system:serviceaccount:cordon:cordon); grant it in Cordon\'s ClusterRole (deploy/cordon-rbac.yaml)',
    );
    expect(summary.notRun).toEqual(steps.slice(1).map((s) => s.key));
    expect(h.cluster.requests).toHaveLength(1);
  });

  it("names a missing subresource permission in its namespace", async () => {
    const steps = await plan();
    h.cluster.state.deny({ verb: "create", resource: "pods", subresource: "eviction", namespace: "payments" });
    const summary = await run(steps);
    expect(summary.failed?.key).toBe("evict:payments/ledger-6b4f9-t7wzp");
    expect(summary.failed?.failure?.missingPermission).toMatchObject({ verb: "create", resource: "pods", subresource: "eviction", namespace: "payments" });
    expect(summary.failed?.failure?.message).toContain("create pods/eviction in namespace payments");
  });

  it("reports a node that vanished with a clear 404 cause", async () => {
    const steps = await plan(false);
    h.cluster.state.store.remove("nodes", undefined, "worker-2");
    const summary = await run(steps);
    expect(summary.failed?.failure).toMatchObject({ cause: "not-found", status: 404, reason: "NotFound" });
    expect(summary.failed?.failure?.message).toBe("node worker-2 no longer exists on the cluster (404): it was deleted or never existed");
    expect(h.cluster.requests).toHaveLength(1);
  });

  it("reports expired credentials as 401", async () => {
    const steps = await plan(false);
    const stale = connectWithKubeconfig(buildKubeconfig(h.cluster.url, "expired-token"));
    const summary = await executePlan(stale, steps);
    expect(summary.failed?.failure).toMatchObject({ cause: "unauthorized", status: 401 });
    expect(summary.failed?.failure?.message).toContain("expired or was revoked");
  });

  it("reports an unreachable cluster", async () => {
    const gone = await startSandboxCluster();
    const connection = connectWithKubeconfig(gone.kubeconfig);
    await gone.stop();
    const summary = await executePlan(connection, [patchNodeStep("k", "t", "worker-2", { spec: { unschedulable: true } })]);
    expect(summary.failed).toMatchObject({ status: 0, outcome: "failed" });
    expect(summary.failed?.failure).toMatchObject({ cause: "unreachable" });
    expect(summary.failed?.failure?.message).toBe(`cluster unreachable: ${gone.url} refused the connection (ECONNREFUSED); is the API server up and the address right?`);
  });

  it("gives up on a cluster that does not answer within the timeout", async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const connection = connectWithKubeconfig(buildKubeconfig(url, "t"), { timeoutMs: 150 });
      const summary = await executePlan(connection, [patchNodeStep("k", "t", "worker-2", {})]);
      expect(summary.failed?.failure?.message).toBe(`cluster unreachable: no answer from ${url} within 150 ms`);
    } finally {
      silent.close();
    }
  });
});

describe("taint read-modify-write", () => {
  it("re-reads the node on 409 and writes the recomputed taints", async () => {
    const steps = await plan(false);
    const other = { key: "maintenance", effect: "NoSchedule" };
    const node = h.cluster.state.get("nodes", undefined, "worker-2")!;
    h.cluster.state.put({ ...node, spec: { ...(node.spec as object), taints: [other] } });
    const fresh = h.cluster.state.get("nodes", undefined, "worker-2")!.metadata.resourceVersion;
    const summary = await run(steps);
    expect(summary.ok).toBe(true);
    const calls = h.cluster.requests.slice(0, 3).map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(["PATCH 409", "GET 200", "PATCH 200"]);
    expect(h.cluster.requests[2]?.body).toEqual({ metadata: { resourceVersion: fresh }, spec: { taints: [other, { key: "cordon.dev/quarantine", value: INCIDENT, effect: "NoSchedule" }] } });
    expect(summary.results[0]).toMatchObject({ outcome: "applied", attempts: 2 });
  });

  it("finds the taint already there after a conflict and writes nothing more", async () => {
    const steps = await plan(false);
    const node = h.cluster.state.get("nodes", undefined, "worker-2")!;
    h.cluster.state.put({ ...node, spec: { ...(node.spec as object), taints: [{ key: "cordon.dev/quarantine", value: INCIDENT, effect: "NoSchedule" }] } });
    const summary = await run(steps);
    expect(summary.results[0]).toMatchObject({ outcome: "already-done", status: 409, note: expect.stringContaining("already had") });
    expect(h.cluster.requests.slice(0, 3).map((r) => r.method)).toEqual(["PATCH", "GET", "PATCH"]);
    expect(h.cluster.requests[2]?.body).toEqual({ metadata: expect.anything() });
  });
});

describe("refusals before sending anything", () => {
  it("refuses a tampered plan with a DELETE or NoExecute step", async () => {
    const steps = await plan(false);
    const tampered: Step[] = [...steps, { ...steps[0]!, key: "bad", method: "DELETE", path: "/api/v1/namespaces/payments/pods/checkout-7d9f8-xk2lp" }];
    const summary = await run(tampered);
    expect(summary.refusal).toMatch(/^Refused: deleting pods/);
    expect(summary.results).toHaveLength(0);
    const noExecute: Step[] = [{ ...steps[0]!, body: { spec: { taints: [{ key: "x", effect: "NoExecute" }] } } }];
    expect((await run(noExecute)).refusal).toContain("NoExecute");
    expect(h.cluster.requests).toHaveLength(0);
  });

  it("refuses evicting a protected pod and duplicate keys", async () => {
    const input = await readNodeForQuarantine(h.connection, suspect.node);
    h.cluster.clearRequests();
    // Planned without suspects, so the suspect would be among the evictions.
    const steps = planNodeQuarantine({ incidentId: INCIDENT, ...input, suspectPods: [], moveOtherWorkloads: true });
    expect((await run(steps, { safety: { protectedPods: [suspectRef] } })).refusal).toContain("evicting a pod deletes it");
    expect((await run([steps[0]!, steps[0]!])).refusal).toContain("repeats step key");
    expect(h.cluster.requests).toHaveLength(0);
  });
});
