// Shared by the integration tests: a sandbox cluster, a connection to it
// through its kubeconfig (like any real cluster), and the checks every test
// makes on the recorded requests.
import { expect } from "vitest";
import { startSandboxCluster, type RecordedRequest, type SandboxCluster, type SandboxSeed } from "@/sandbox";
import { connectWithKubeconfig, type KubeConnection } from "./kube-connection";

export const INCIDENT = "3f2a9c1e-7b4d-4e8a-9c2d-5a6b7c8d9e0f";

export interface Harness {
  cluster: SandboxCluster;
  connection: KubeConnection;
}

export async function startHarness(seed?: SandboxSeed): Promise<Harness> {
  const cluster = await startSandboxCluster(seed ? { seed } : {});
  return { cluster, connection: connectWithKubeconfig(cluster.kubeconfig) };
}

/** Sleeps that return at once, remembering what was asked for. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

export const writes = (requests: RecordedRequest[]) => requests.filter((r) => r.method !== "GET");

/** What a call looks like on the wire, for exact comparisons. */
export const wire = (r: RecordedRequest) => ({ method: r.method, path: r.path, query: r.query, contentType: r.contentType, body: r.body, status: r.status });

/** Cordon's promise, checked after every test: no DELETE of pods or nodes, never a NoExecute taint. */
export function expectNothingDestroyed(requests: RecordedRequest[]): void {
  for (const request of requests) {
    if (request.method === "DELETE") expect(request.path).toMatch(/^\/apis\/networking\.k8s\.io\/v1\/namespaces\/[^/]+\/networkpolicies\/cordon-quarantine-/);
    expect(JSON.stringify(request.body ?? null)).not.toContain("NoExecute");
  }
}

/** A comparable copy of everything the sandbox holds that Cordon could change. */
export function clusterState(cluster: SandboxCluster) {
  return {
    version: cluster.state.resourceVersion,
    nodes: cluster.state.list("nodes"),
    pods: cluster.state.list("pods"),
    policies: cluster.state.list("networkpolicies"),
    snapshots: cluster.state.list("volumesnapshots"),
  };
}
