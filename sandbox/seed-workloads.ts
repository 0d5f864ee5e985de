// The workloads of the default seed: Deployments with their ReplicaSets and
// pods, DaemonSets on every node, and one unowned debugging pod.
import { buildPod } from "./pod-factory";
import { daemonSetWorkload, daysBefore, type IpPool, replicaSetWorkload } from "./seed-builders";
import { SEED } from "./seed-names";
import { apiTime } from "./store";
import type { KubeObject } from "./types";

export interface Timeline {
  now: Date;
  clusterBorn: Date;
  /** When the checkout pods, the suspect among them, started. */
  rolledOut: Date;
  /** When the suspect's metrics-agent was OOM-killed, and restarted. */
  oomKilled: Date;
  restarted: Date;
}

/** The digest the re-pushed `latest` tag resolved to on the suspect's node. */
export const MALICIOUS_DIGEST = `sha256:${"9f2c".repeat(16)}`;

const probe = (path: string) => ({ httpGet: { path, port: 8080, scheme: "HTTP" }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 });
const container = (fields: Record<string, unknown>) => ({
  imagePullPolicy: "IfNotPresent",
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
  ...fields,
});

export function buildWorkloads(nodes: KubeObject[], time: Timeline, ips: IpPool): KubeObject[] {
  const [, worker1, worker2, worker3] = nodes as [KubeObject, KubeObject, KubeObject, KubeObject];
  const { now, clusterBorn, rolledOut, oomKilled, restarted } = time;
  const checkout = replicaSetWorkload(
    {
      namespace: "payments",
      name: "checkout",
      hash: "7d9f8",
      labels: { app: "checkout", tier: "frontend" },
      createdAt: daysBefore(now, 12),
      podSpec: {
        serviceAccountName: "checkout",
        containers: [
          container({
            name: "checkout",
            image: "registry.example.com/payments/checkout:2.14.1",
            ports: [{ name: "http", containerPort: 8080, protocol: "TCP" }],
            env: [{ name: "LEDGER_ADDR", value: "ledger.payments.svc.cluster.local:7070" }],
            resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { memory: "512Mi" } },
            readinessProbe: probe("/healthz"),
            volumeMounts: [{ name: "uploads", mountPath: "/var/lib/checkout/uploads" }],
          }),
          container({
            name: "metrics-agent",
            image: "docker.io/kdevtools/metrics-agent:latest",
            imagePullPolicy: "Always",
            args: ["--scrape=localhost:8080/metrics", "--plugins=auto"],
            resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
            securityContext: { privileged: true },
          }),
        ],
        volumes: [{ name: "uploads", persistentVolumeClaim: { claimName: SEED.suspect.claim } }],
      },
      pods: [
        {
          name: SEED.suspect.pod,
          node: worker2,
          startedAt: rolledOut,
          containerStates: {
            "metrics-agent": {
              restarts: 1,
              imageID: `docker.io/kdevtools/metrics-agent@${MALICIOUS_DIGEST}`,
              lastTermination: { reason: "OOMKilled", exitCode: 137, startedAt: apiTime(rolledOut), finishedAt: apiTime(oomKilled) },
              runningSince: apiTime(restarted),
            },
          },
        },
        { name: "checkout-7d9f8-m4q9z", node: worker1, startedAt: daysBefore(now, 5) },
      ],
    },
    ips,
  );
  const ledger = replicaSetWorkload(
    {
      namespace: "payments",
      name: "ledger",
      hash: "6b4f9",
      labels: { app: "ledger", tier: "backend" },
      createdAt: daysBefore(now, 20),
      podSpec: {
        serviceAccountName: "ledger",
        containers: [
          container({
            name: "ledger",
            image: "registry.example.com/payments/ledger:5.2.0",
            ports: [{ name: "grpc", containerPort: 7070, protocol: "TCP" }],
            resources: { requests: { cpu: "500m", memory: "512Mi" }, limits: { memory: "1Gi" } },
            volumeMounts: [{ name: "data", mountPath: "/var/lib/ledger" }],
          }),
        ],
        volumes: [{ name: "data", persistentVolumeClaim: { claimName: "ledger-data" } }],
      },
      pods: [{ name: "ledger-6b4f9-t7wzp", node: worker2, startedAt: daysBefore(now, 9) }],
    },
    ips,
  );
  const web = replicaSetWorkload(
    {
      namespace: "default",
      name: "web",
      hash: "5c8d7",
      labels: { app: "web" },
      createdAt: daysBefore(now, 25),
      podSpec: {
        containers: [
          container({
            name: "nginx",
            image: "docker.io/library/nginx:1.27.3",
            ports: [{ name: "http", containerPort: 80, protocol: "TCP" }],
            resources: { requests: { cpu: "100m", memory: "64Mi" } },
          }),
        ],
      },
      pods: [
        { name: SEED.boundedPdb.podOnSuspectNode, node: worker2, startedAt: daysBefore(now, 25) },
        { name: "web-5c8d7-h2kxv", node: worker1, startedAt: daysBefore(now, 25) },
        { name: "web-5c8d7-9lmnd", node: worker3, startedAt: daysBefore(now, 25) },
      ],
    },
    ips,
  );
  const coredns = replicaSetWorkload(
    {
      namespace: "kube-system",
      name: "coredns",
      hash: "5d78c",
      labels: { "k8s-app": "kube-dns" },
      createdAt: clusterBorn,
      podSpec: {
        serviceAccountName: "coredns",
        priorityClassName: "system-cluster-critical",
        containers: [
          container({
            name: "coredns",
            image: "registry.k8s.io/coredns/coredns:v1.11.3",
            args: ["-conf", "/etc/coredns/Corefile"],
            resources: { requests: { cpu: "100m", memory: "70Mi" }, limits: { memory: "170Mi" } },
          }),
        ],
        tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }],
      },
      pods: [
        { name: SEED.blockingPdb.pods[0], node: worker1, startedAt: clusterBorn },
        { name: SEED.blockingPdb.pods[1], node: worker3, startedAt: clusterBorn },
      ],
    },
    ips,
  );
  // DaemonSet pods tolerate every taint, as kube-proxy and log shippers do.
  const everywhere = [{ operator: "Exists" }];
  const kubeProxy = daemonSetWorkload(
    {
      namespace: "kube-system",
      name: "kube-proxy",
      labels: { "k8s-app": "kube-proxy" },
      createdAt: clusterBorn,
      podSpec: {
        hostNetwork: true,
        priorityClassName: "system-node-critical",
        serviceAccountName: "kube-proxy",
        containers: [container({ name: "kube-proxy", image: "registry.k8s.io/kube-proxy:v1.31.4", command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf"], securityContext: { privileged: true } })],
        tolerations: everywhere,
      },
      pods: nodes.map((node, i) => ({ name: `kube-proxy-${["7xkzp", "bq2mr", "d8h4t", "n5wfc"][i]}`, node, startedAt: clusterBorn })),
    },
    ips,
  );
  const fluentBit = daemonSetWorkload(
    {
      namespace: "kube-system",
      name: "fluent-bit",
      labels: { "app.kubernetes.io/name": "fluent-bit" },
      createdAt: daysBefore(now, 28),
      podSpec: {
        serviceAccountName: "fluent-bit",
        containers: [container({ name: "fluent-bit", image: "cr.fluentbit.io/fluent/fluent-bit:3.2.2", resources: { requests: { cpu: "50m", memory: "64Mi" } }, volumeMounts: [{ name: "varlog", mountPath: "/var/log", readOnly: true }] })],
        volumes: [{ name: "varlog", hostPath: { path: "/var/log", type: "" } }],
        tolerations: everywhere,
      },
      pods: nodes.map((node, i) => ({ name: `fluent-bit-${["c4vq8", "k9tzm", "w2hrx", "p6jdn"][i]}`, node, startedAt: daysBefore(now, 28) })),
    },
    ips,
  );
  // A debugging pod someone left running, owned by nothing: evicted, it is gone.
  const netshoot = buildPod({
    namespace: "default",
    name: "netshoot",
    node: worker2,
    startedAt: daysBefore(now, 1),
    template: { metadata: { labels: { run: "netshoot" } }, spec: { containers: [container({ name: "netshoot", image: "docker.io/nicolaka/netshoot:v0.13", command: ["sleep", "infinity"] })] } },
    podIp: ips.next(worker2),
  });
  return [...checkout, ...ledger, ...web, ...coredns, ...kubeProxy, ...fluentBit, netshoot];
}
