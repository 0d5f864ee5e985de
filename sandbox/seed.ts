// The default sandbox: four nodes, three namespaces, Deployments with
// ReplicaSet-owned pods, DaemonSets on every node, one compromised pod,
// PodDisruptionBudgets (one that frees up after two refusals, one that never
// does), PVCs to snapshot, a Retain snapshot class, events and logs.
import { randomUUID } from "node:crypto";
import { buildEvent } from "./events";
import { imageId } from "./pod-factory";
import { daysBefore, IpPool, makeNamespace, makeNode, makePdb, makePvc, makeSnapshotClass } from "./seed-builders";
import {
  agentBenignLogs,
  agentCurrentLogs,
  agentPreviousLogs,
  checkoutLogs,
  containerdJournal,
  kubeletJournal,
} from "./seed-logs";
import { SEED } from "./seed-names";
import { buildWorkloads, MALICIOUS_DIGEST, type Timeline } from "./seed-workloads";
import type { KubeObject, SandboxSeed } from "./types";

export { SEED } from "./seed-names";

const HOUR = 3_600_000;

export interface NodeShape {
  maxPods?: number;
  /** Prefix length of each node's pod CIDR (default /24); shorter leaves room for busy nodes. */
  cidrBits?: number;
}

export function buildSeed(now: Date, shape: NodeShape = {}): SandboxSeed {
  const clusterBorn = daysBefore(now, 30);
  const nodes = SEED.nodes.map((name, index) =>
    makeNode({
      name,
      index,
      zone: ["europe-west1-b", "europe-west1-b", "europe-west1-c", "europe-west1-d"][index] ?? "europe-west1-b",
      createdAt: clusterBorn,
      now,
      controlPlane: name === SEED.controlPlane,
      ...(shape.cidrBits ? { podCidr: `10.244.${index * 2 ** (24 - shape.cidrBits)}.0/${shape.cidrBits}` } : {}),
      ...(shape.maxPods ? { maxPods: shape.maxPods } : {}),
    }),
  );
  const worker2 = nodes[SEED.nodes.indexOf(SEED.suspect.node)] as KubeObject;
  const rolledOut = new Date(now.getTime() - 3 * 24 * HOUR);
  const oomKilled = new Date(now.getTime() - 2 * HOUR);
  const time: Timeline = { now, clusterBorn, rolledOut, oomKilled, restarted: new Date(oomKilled.getTime() + 11_000) };
  const { restarted } = time;
  const workloads = buildWorkloads(nodes, time, new IpPool());

  const objects: KubeObject[] = [
    ...SEED.namespaces.map((name) => makeNamespace(name, clusterBorn)),
    ...nodes,
    ...workloads,
    makePdb("default", SEED.boundedPdb.name, { app: "web" }, 2, daysBefore(now, 25)),
    makePdb("kube-system", SEED.blockingPdb.name, { "k8s-app": "kube-dns" }, 2, clusterBorn),
    makePvc("payments", SEED.suspect.claim, "10Gi", "ReadWriteMany", "standard-rwx", daysBefore(now, 12)),
    makePvc("payments", "ledger-data", "20Gi", "ReadWriteOnce", "standard-rwo", daysBefore(now, 20)),
    makeSnapshotClass(SEED.snapshotClasses.retain, "Retain", false, clusterBorn),
    makeSnapshotClass(SEED.snapshotClasses.defaultDelete, "Delete", true, clusterBorn),
  ];
  for (const object of objects) object.metadata.uid ??= randomUUID();

  const suspect = workloads.find((o) => o.metadata.name === SEED.suspect.pod) as KubeObject;
  const suspectUid = suspect.metadata.uid ?? "";
  const agentField = "spec.containers{metrics-agent}";
  const kubelet = { component: "kubelet", host: SEED.suspect.node };
  const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);
  const events = [
    buildEvent({ involved: suspect, reason: "Scheduled", message: `Successfully assigned payments/${SEED.suspect.pod} to worker-2`, component: "default-scheduler" }, rolledOut),
    buildEvent({ involved: suspect, reason: "Pulled", message: 'Container image "registry.example.com/payments/checkout:2.14.1" already present on machine', fieldPath: "spec.containers{checkout}", ...kubelet }, minutesAfter(rolledOut, 0.05)),
    buildEvent({ involved: suspect, reason: "Started", message: "Started container checkout", fieldPath: "spec.containers{checkout}", ...kubelet }, minutesAfter(rolledOut, 0.1)),
    buildEvent({ involved: suspect, reason: "Pulling", message: 'Pulling image "docker.io/kdevtools/metrics-agent:latest"', fieldPath: agentField, count: 2, firstAt: minutesAfter(rolledOut, 0.1), ...kubelet }, restarted),
    buildEvent({ involved: suspect, reason: "Pulled", message: 'Successfully pulled image "docker.io/kdevtools/metrics-agent:latest" in 2.1s (2.1s including waiting). Image size: 9834211 bytes.', fieldPath: agentField, count: 2, firstAt: minutesAfter(rolledOut, 0.15), ...kubelet }, restarted),
    buildEvent({ involved: suspect, reason: "Started", message: "Started container metrics-agent", fieldPath: agentField, count: 2, firstAt: minutesAfter(rolledOut, 0.2), ...kubelet }, restarted),
    buildEvent({ involved: suspect, reason: "BackOff", message: `Back-off restarting failed container metrics-agent in pod ${SEED.suspect.pod}_payments(${suspectUid})`, type: "Warning", fieldPath: agentField, ...kubelet }, minutesAfter(oomKilled, 0.01)),
    buildEvent({ involved: worker2, reason: "OOMKilling", message: "Memory cgroup out of memory: Killed process 48213 (xmrig) total-vm:2442300kB, anon-rss:131072kB, file-rss:4096kB, shmem-rss:0kB, UID:0 pgtables:512kB oom_score_adj:999", type: "Warning", component: "kernel-monitor", host: "worker-2" }, oomKilled),
    buildEvent({ involved: worker2, reason: "NodeReady", message: "Node worker-2 status is now: NodeReady", ...kubelet }, clusterBorn),
  ];
  for (const event of events) event.metadata.uid = randomUUID();

  const checkoutReplica = workloads.find((o) => o.metadata.name === "checkout-7d9f8-m4q9z") as KubeObject;
  return {
    objects: [...objects, ...events],
    containerLogs: [
      { namespace: "payments", pod: SEED.suspect.pod, container: "checkout", current: checkoutLogs(rolledOut, now) },
      {
        namespace: "payments",
        pod: SEED.suspect.pod,
        container: "metrics-agent",
        current: agentCurrentLogs(restarted),
        previous: agentPreviousLogs(rolledOut, oomKilled),
      },
      { namespace: "payments", pod: checkoutReplica.metadata.name, container: "metrics-agent", current: agentBenignLogs(daysBefore(now, 5)) },
      { namespace: "payments", pod: checkoutReplica.metadata.name, container: "checkout", current: checkoutLogs(daysBefore(now, 5), now) },
    ],
    nodeLogs: [
      ...nodes.map((node, i) =>
        kubeletJournal(node.metadata.name, now, 1180 + i, node === worker2 ? { pod: SEED.suspect.pod, namespace: "payments", uid: suspectUid, started: rolledOut, killed: oomKilled } : undefined),
      ),
      containerdJournal("worker-2", now, "docker.io/kdevtools/metrics-agent:latest", minutesAfter(oomKilled, 0.1), MALICIOUS_DIGEST),
      containerdJournal("worker-1", now, "docker.io/kdevtools/metrics-agent:latest", daysBefore(now, 5), imageId("docker.io/kdevtools/metrics-agent:latest").split("@")[1] ?? ""),
    ],
    pdbRefusals: [{ namespace: SEED.boundedPdb.namespace, name: SEED.boundedPdb.name, refusals: SEED.boundedPdb.refusals }],
    features: Object.fromEntries(nodes.map((node) => [node.metadata.name, { checkpoint: "enabled" as const, nodeLogQuery: true }])),
  };
}

/** The standard drill: a miner in a payments pod on worker-2. */
export function defaultSeed(now: Date = new Date()): SandboxSeed {
  return buildSeed(now);
}