// `npm run bench:posture`: a posture scan of a sandbox cluster with 5,000
// pods in 300 namespaces and 2,000 role bindings, through the same calls a
// scan job makes (paged reads, access reviews, the pure checks, storing the
// finding rows), then the
// /readiness overview read over that scan's findings. Prints one JSON line
// with the budgets of DESIGN.md it met and missed: scan ≤ 3 s wall adding
// ≤ 100 MB RSS; /readiness p95 ≤ 200 ms (the overview query the page renders).
import { randomUUID } from "node:crypto";
import { closeConnection, connectWithKubeconfig } from "../lib/kubernetes/kube-connection";
import { readClusterSnapshot } from "../lib/readiness/read-cluster-snapshot";
import { evaluateCluster } from "../lib/rules/readiness/evaluate-cluster";
import { defaultSeed, startSandboxCluster, type KubeObject, type SandboxSeed } from "../sandbox";
import { openBenchDatabase } from "./lib/bench-database";
import { measure } from "./lib/measure";

const PODS = Number(process.env.BENCH_PODS ?? 5_000);
const NAMESPACES = Number(process.env.BENCH_NAMESPACES ?? 300);
const BINDINGS = Number(process.env.BENCH_BINDINGS ?? 2_000);
const SCAN_BUDGET_MS = 3_000;
const RSS_BUDGET_MB = 100;
const PAGE_BUDGET_MS = 200;

// Pods vary the way a real fleet does: most hardened, some privileged,
// some running as root, a few mounting host paths.
function pod(namespace: string, index: number) {
  const risky = index % 7 === 0;
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `app-${index}`, namespace, uid: randomUUID(), labels: { app: `app-${index % 20}` } },
    spec: {
      nodeName: `worker-${(index % 3) + 1}`,
      serviceAccountName: index % 3 === 0 ? "default" : "app",
      ...(index % 11 === 0 ? { hostNetwork: true } : {}),
      securityContext: risky ? {} : { runAsNonRoot: true, runAsUser: 1000 },
      containers: [{ name: "app", image: `registry.example.com/app:${index % 5}`, securityContext: { allowPrivilegeEscalation: risky, ...(index % 13 === 0 ? { privileged: true } : {}) } }],
      ...(index % 17 === 0 ? { volumes: [{ name: "host", hostPath: { path: "/var/run/docker.sock" } }] } : {}),
    },
    status: { phase: "Running" },
  };
}

function benchSeed(): SandboxSeed {
  const base = defaultSeed();
  const namespaces = Array.from({ length: NAMESPACES }, (_, i) => `team-${i}`);
  const objects: KubeObject[] = [
    ...base.objects,
    ...namespaces.map((name, i) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, uid: randomUUID(), labels: (i % 2 ? { "pod-security.kubernetes.io/enforce": "baseline" } : {}) as Record<string, string> }, status: { phase: "Active" } })),
    ...Array.from({ length: PODS }, (_, i) => pod(namespaces[i % NAMESPACES]!, i)),
    ...namespaces.filter((_, i) => i % 3 === 0).map((namespace) => ({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "default-deny", namespace, uid: randomUUID() }, spec: { podSelector: {} } })),
    { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "cluster-admin", uid: randomUUID() }, rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["*"] }] },
    { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "secret-reader", uid: randomUUID() }, rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }] },
    ...Array.from({ length: BINDINGS }, (_, i) => ({
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: `binding-${i}`, namespace: namespaces[i % NAMESPACES]!, uid: randomUUID() },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: i % 50 === 0 ? "cluster-admin" : "secret-reader" },
      subjects: [{ kind: "ServiceAccount", name: i % 9 === 0 ? "default" : "app", namespace: namespaces[i % NAMESPACES]! }],
    })),
  ];
  return { ...base, objects };
}

const round = (n: number) => Number(n.toFixed(1));
const mb = (bytes: number) => round(bytes / 1_048_576);

const sandbox = await startSandboxCluster({ seed: benchSeed() });
const connection = connectWithKubeconfig(sandbox.kubeconfig, { timeoutMs: 30_000 });
const database = await openBenchDatabase(".data/bench-posture");
try {
  const { db, transaction } = await import("../lib/db");
  const { getReadiness } = await import("../lib/readiness/get-readiness");
  const { storeScanFindings } = await import("../lib/readiness/store-scan-findings");
  const cluster = await db.cluster.create({ data: { name: "bench", credentialKind: "kubeconfig" }, select: { id: true } });
  const scan = await db.postureScan.create({ data: { clusterId: cluster.id, state: "RUNNING", startedAt: new Date() }, select: { id: true } });
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const snapshot = await readClusterSnapshot(connection, "bench", async () => {});
  const findings = evaluateCluster(snapshot, new Date());
  // Storing the findings is part of a scan: the rows the overview reads.
  await transaction(async (tx) => {
    await storeScanFindings(tx, scan.id, findings);
    await tx.postureScan.update({ where: { id: scan.id }, data: { state: "SUCCEEDED", finishedAt: new Date(), score: 40 }, select: { id: true } });
  });
  const scanMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const addedRssMb = mb(peak - baseline);
  const pagedRequests = sandbox.requests.filter((r) => r.query.continue !== undefined).length;

  const page = await measure(30, async () => {
    await getReadiness();
  });

  console.log(
    JSON.stringify({
      bench: "posture",
      pods: snapshot.pods?.length,
      namespaces: snapshot.namespaces?.length,
      bindings: snapshot.bindings?.length,
      findings: findings.length,
      pagedRequests,
      scanMs: round(scanMs),
      addedRssMb,
      readinessP50Ms: round(page.p50),
      readinessP95Ms: round(page.p95),
      budgets: {
        met: [
          ...(scanMs <= SCAN_BUDGET_MS ? [`scan ≤ ${SCAN_BUDGET_MS} ms`] : []),
          ...(addedRssMb <= RSS_BUDGET_MB ? [`scan adds ≤ ${RSS_BUDGET_MB} MB RSS`] : []),
          ...(page.p95 <= PAGE_BUDGET_MS ? [`/readiness p95 ≤ ${PAGE_BUDGET_MS} ms`] : []),
        ],
        missed: [
          ...(scanMs > SCAN_BUDGET_MS ? [`scan ≤ ${SCAN_BUDGET_MS} ms`] : []),
          ...(addedRssMb > RSS_BUDGET_MB ? [`scan adds ≤ ${RSS_BUDGET_MB} MB RSS`] : []),
          ...(page.p95 > PAGE_BUDGET_MS ? [`/readiness p95 ≤ ${PAGE_BUDGET_MS} ms`] : []),
        ],
      },
    }),
  );
} finally {
  await closeConnection(connection);
  await sandbox.stop();
  await database.stop();
}
