import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSeed, plantReadinessWeaknesses, READINESS_SEED } from "@/sandbox";
import { startFixture, type Fixture } from "@/lib/clusters/test-support";
import { db } from "@/lib/db";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import type { Finding } from "@/lib/rules/readiness/types";
import { actorFor, makeUser } from "@/test/helpers/users";
import { getReadiness } from "./get-readiness";
import { readScanFindings } from "./read-scan-findings";
import { requestPostureScan } from "./request-posture-scan";
import { postureScanLockKey, runPostureScan } from "./run-posture-scan";

// A day on which the sandbox's v1.31 control plane is still supported, so
// the version findings are exactly the planted kubelet.
const SCAN_DAY = new Date("2025-06-01T09:00:00Z");
// Each reading of the clock is a second later, so scans finish in order.
let tick = 0;
const at = () => new Date(SCAN_DAY.getTime() + ++tick * 1000);

let f: Fixture;

beforeAll(async () => {
  f = await startFixture(plantReadinessWeaknesses(defaultSeed(SCAN_DAY), SCAN_DAY));
});
afterAll(async () => {
  await f.stop();
});

async function scanNow(): Promise<{ id: string; state: string; findings: Finding[]; error: string | null; skipped: unknown; unlisted: unknown; finishedAt: Date }> {
  const admin = await makeUser("ADMIN");
  const { scan } = await requestPostureScan(actorFor(admin), f.clusterId);
  await runPostureScan(scan.id, at);
  const row = await db.postureScan.findUniqueOrThrow({ where: { id: scan.id }, select: { id: true, state: true, error: true, skipped: true, unlisted: true, finishedAt: true } });
  if (!row.finishedAt) throw new Error("the scan did not finish");
  return { ...row, finishedAt: row.finishedAt, findings: await readScanFindings(scan.id) };
}

async function fetchReview(resource: string, spec: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${f.sandbox.url}/apis/authorization.k8s.io/v1/${resource}`, {
    method: "POST",
    headers: { authorization: `Bearer ${f.sandbox.token}`, "content-type": "application/json" },
    body: JSON.stringify({ spec }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Record<string, unknown>;
}

const keyOf = (x: Finding) => `${x.checkId} ${x.object.kind}/${x.object.namespace ? `${x.object.namespace}/` : ""}${x.object.name}`;

describe("a posture scan of the sandbox", () => {
  it("finds exactly the planted weaknesses, and nothing in the hardened namespace", async () => {
    const scan = await scanNow();
    expect(scan.state).toBe("SUCCEEDED");
    const keys = scan.findings.map(keyOf);
    const { weakNamespace, runtimeSocketPod, adminBinding, olderKubeletNode, hardenedNamespace } = READINESS_SEED;

    // Planted, and found:
    expect(keys).toContain(`RBAC-CLUSTER-ADMIN ClusterRoleBinding/${adminBinding}`);
    expect(keys).toContain(`RBAC-DEFAULT-SERVICE-ACCOUNT ClusterRoleBinding/${adminBinding}`);
    expect(keys).toContain(`POD-HOST-PATH Pod/${weakNamespace}/${runtimeSocketPod}`);
    expect(keys).toContain(`NS-POD-SECURITY Namespace/${weakNamespace}`);
    expect(keys).toContain(`NS-NETWORK-POLICY Namespace/${weakNamespace}`);
    expect(keys).toContain(`K8S-VERSION-KUBELET Node/${olderKubeletNode}`);
    const socket = scan.findings.find((x) => x.checkId === "POD-HOST-PATH" && x.object.name === runtimeSocketPod)!;
    expect(socket.status).toBe("fail");
    expect(socket.detail).toMatch(/container runtime socket/);

    // …and no others of their kind: the control plane's own bindings pass,
    // only the older node is behind, the control plane is supported that day.
    expect(keys.filter((k) => k.startsWith("RBAC-"))).toEqual([`RBAC-CLUSTER-ADMIN ClusterRoleBinding/${adminBinding}`, `RBAC-DEFAULT-SERVICE-ACCOUNT ClusterRoleBinding/${adminBinding}`]);
    expect(keys.filter((k) => k.startsWith("K8S-VERSION"))).toEqual([`K8S-VERSION-KUBELET Node/${olderKubeletNode}`]);
    // The image builder runs as non-root without escalation, and its account
    // is bound (too broadly), so its token is used: only the socket is wrong.
    expect(keys.filter((k) => k.includes(`Pod/${weakNamespace}/`))).toEqual([`POD-HOST-PATH Pod/${weakNamespace}/${runtimeSocketPod}`]);
    // The fluent-bit DaemonSet ships logs from every node.
    expect(keys.some((k) => k.startsWith("LOG-SHIPPER"))).toBe(false);

    expect(scan.findings.filter((x) => x.object.namespace === hardenedNamespace || x.object.name === hardenedNamespace)).toEqual([]);
  });

  it("judges Cordon's own rights from the sandbox's RBAC objects: what the manual's role grants, nothing destructive", async () => {
    const keys = (await scanNow()).findings.map(keyOf);
    expect(keys.filter((k) => k.startsWith("CORDON-"))).toEqual([]);
    // A review of a right the role lacks is refused, though the sandbox would serve the request.
    const review = await fetchReview("selfsubjectaccessreviews", { resourceAttributes: { verb: "delete", resource: "pods", group: "", namespace: "payments" } });
    expect(review.status).toEqual({ allowed: false });
    const rules = await fetchReview("selfsubjectrulesreviews", { namespace: "payments" });
    const granted = (rules.status as { resourceRules: { verbs: string[]; resources: string[] }[] }).resourceRules;
    expect(granted.some((r) => r.resources.includes("pods") && r.verbs.includes("patch"))).toBe(true);
    expect(granted.some((r) => r.verbs.includes("delete") && (r.resources.includes("pods") || r.resources.includes("nodes")))).toBe(false);
  });

  it("only reads, paging every list", async () => {
    const before = f.sandbox.requests.length;
    await scanNow();
    const requests = f.sandbox.requests.slice(before);
    const writes = requests.filter((r) => r.method !== "GET" && !(r.method === "POST" && r.path.endsWith("/selfsubjectaccessreviews")));
    expect(writes).toEqual([]);
    const lists = requests.filter((r) => r.method === "GET" && r.path !== "/version");
    expect(lists.length).toBeGreaterThanOrEqual(9);
    for (const list of lists) expect(list.query.limit).toBe("500");
  });

  it("says unknown, never pass, for checks that need a resource Cordon may not list", async () => {
    f.sandbox.state.deny({ verb: "list", resource: "clusterrolebindings" });
    try {
      const scan = await scanNow();
      expect(scan.state).toBe("SUCCEEDED");
      const rbac = scan.findings.filter((x) => x.checkId.startsWith("RBAC-"));
      expect(rbac.map((x) => x.status)).toEqual(["unknown", "unknown", "unknown", "unknown"]);
      expect(rbac[0]!.detail).toMatch(/unknown — Cordon may not list clusterrolebindings/);
      expect(scan.unlisted).toEqual({ clusterrolebindings: "forbidden" });
    } finally {
      f.sandbox.state.allow({ verb: "list", resource: "clusterrolebindings" });
    }
  });

  it("skips and counts malformed objects instead of failing", async () => {
    f.sandbox.state.put({ apiVersion: "v1", kind: "Pod", metadata: { name: "half-written", namespace: READINESS_SEED.weakNamespace }, spec: { containers: "not a list" } });
    const scan = await scanNow();
    expect(scan.state).toBe("SUCCEEDED");
    expect(scan.skipped).toEqual({ Pod: 1 });
  });

  it("never runs two scans of a cluster at once", async () => {
    const admin = await makeUser("ADMIN");
    const first = await requestPostureScan(actorFor(admin), f.clusterId);
    const second = await requestPostureScan(actorFor(admin), f.clusterId);
    expect(second).toEqual({ scan: first.scan, created: false });
    const held = await withAdvisoryLock(postureScanLockKey(f.clusterId), () => runPostureScan(first.scan.id, at));
    expect(held).toEqual({ acquired: true, value: "busy" });
    expect(await runPostureScan(first.scan.id, at)).toBe("done");
  });

  it("keeps the last results, marked stale with their age, when the cluster cannot be reached", async () => {
    const good = await scanNow();
    await f.sandbox.stop();
    // Stopped here; the fixture's teardown must not stop it again.
    Object.assign(f.sandbox, { stop: async () => {} });
    const failed = await scanNow();
    expect(failed.state).toBe("FAILED");
    expect(failed.error).toMatch(/reach|connect|refused/i);
    const later = new Date(good.finishedAt.getTime() + 3_600_000);
    const view = (await getReadiness(later)).clusters.find((c) => c.id === f.clusterId)!;
    expect(view.result).toMatchObject({ scanId: good.id, stale: true, ageSeconds: 3600 });
    expect(view.latestScan).toMatchObject({ id: failed.id, state: "FAILED" });
    expect(view.findings.length).toBeGreaterThan(0);
  });
});
