// Builders for seed objects with the fields a real cluster fills in, so the
// sandbox's objects read like `kubectl get -o json` from a GKE-style cluster.
import { createHash, randomUUID } from "node:crypto";
import { KUBERNETES_VERSION } from "./discovery";
import { allocateFrom, buildPod, type ContainerState } from "./pod-factory";
import { apiTime } from "./store";
import type { KubeObject, Taint } from "./types";

const DAY = 86_400_000;

export interface NodeInput {
  name: string;
  index: number;
  zone: string;
  createdAt: Date;
  now: Date;
  controlPlane?: boolean;
  podCidr?: string;
  maxPods?: number;
}

function fakeId(seed: string, length = 32): string {
  return createHash("sha256").update(seed).digest("hex").slice(0, length);
}

function nodeCondition(type: string, status: string, reason: string, message: string, input: NodeInput) {
  return {
    type,
    status,
    lastHeartbeatTime: apiTime(input.now),
    lastTransitionTime: apiTime(input.createdAt),
    reason,
    message,
  };
}

export function makeNode(input: NodeInput): KubeObject {
  const ip = `10.0.0.${10 + input.index}`;
  const taints: Taint[] = input.controlPlane ? [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] : [];
  const pods = String(input.maxPods ?? 110);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: input.name,
      creationTimestamp: apiTime(input.createdAt),
      labels: {
        "beta.kubernetes.io/arch": "amd64",
        "beta.kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
        "kubernetes.io/hostname": input.name,
        "kubernetes.io/os": "linux",
        "node.kubernetes.io/instance-type": "e2-standard-4",
        "topology.kubernetes.io/region": "europe-west1",
        "topology.kubernetes.io/zone": input.zone,
        ...(input.controlPlane ? { "node-role.kubernetes.io/control-plane": "" } : { "node-role.kubernetes.io/worker": "" }),
      },
      annotations: {
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      },
    },
    spec: {
      podCIDR: input.podCidr ?? `10.244.${input.index}.0/24`,
      podCIDRs: [input.podCidr ?? `10.244.${input.index}.0/24`],
      providerID: `gce://cordon-sandbox/${input.zone}/${input.name}`,
      ...(taints.length ? { taints } : {}),
    },
    status: {
      capacity: { cpu: "4", "ephemeral-storage": "101203600Ki", "hugepages-2Mi": "0", memory: "16386372Ki", pods },
      allocatable: { cpu: "3920m", "ephemeral-storage": "47060071478", "hugepages-2Mi": "0", memory: "13246276Ki", pods },
      conditions: [
        nodeCondition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", input),
        nodeCondition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", input),
        nodeCondition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", input),
        nodeCondition("Ready", "True", "KubeletReady", "kubelet is posting ready status", input),
      ],
      addresses: [
        { type: "InternalIP", address: ip },
        { type: "Hostname", address: input.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: fakeId(`machine-${input.name}`),
        systemUUID: fakeId(`system-${input.name}`).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
        bootID: fakeId(`boot-${input.name}`).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
        kernelVersion: "6.8.0-1019-gcp",
        osImage: "Ubuntu 22.04.5 LTS",
        containerRuntimeVersion: "containerd://1.7.22",
        kubeletVersion: KUBERNETES_VERSION,
        kubeProxyVersion: KUBERNETES_VERSION,
        operatingSystem: "linux",
        architecture: "amd64",
      },
    },
  };
}

export function makeNamespace(name: string, createdAt: Date): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, creationTimestamp: apiTime(createdAt), labels: { "kubernetes.io/metadata.name": name } },
    spec: { finalizers: ["kubernetes"] },
    status: { phase: "Active" },
  };
}

/** Hands out pod IPs per node so seeded pods never collide. */
export class IpPool {
  private readonly used = new Map<string, Set<string | undefined>>();

  reserve(nodeName: string, addresses: Iterable<string | undefined>): void {
    const used = this.used.get(nodeName) ?? new Set();
    for (const address of addresses) used.add(address);
    this.used.set(nodeName, used);
  }

  next(node: KubeObject): string {
    let used = this.used.get(node.metadata.name);
    if (!used) this.used.set(node.metadata.name, (used = new Set()));
    const ip = allocateFrom(node, used);
    used.add(ip);
    return ip;
  }
}

export interface PodInput {
  name: string;
  node: KubeObject;
  startedAt: Date;
  containerStates?: Record<string, ContainerState>;
  notReady?: string[];
}

export interface WorkloadInput {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  podSpec: Record<string, unknown>;
  createdAt: Date;
  pods: PodInput[];
}

function ownerRef(owner: KubeObject) {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? "", controller: true, blockOwnerDeletion: true };
}

function podsOf(owner: KubeObject, input: WorkloadInput, labels: Record<string, string>, ips: IpPool): KubeObject[] {
  return input.pods.map((pod) =>
    buildPod({
      namespace: input.namespace,
      name: pod.name,
      generateName: `${owner.metadata.name}-`,
      owner: ownerRef(owner),
      node: pod.node,
      startedAt: pod.startedAt,
      template: { metadata: { labels }, spec: input.podSpec },
      ...(pod.containerStates ? { containerStates: pod.containerStates } : {}),
      ...(pod.notReady ? { notReady: pod.notReady } : {}),
      podIp: ips.next(pod.node),
    }),
  );
}

/** A Deployment, its current ReplicaSet (`<name>-<hash>`) and that set's pods. */
export function replicaSetWorkload(input: WorkloadInput & { hash: string }, ips: IpPool): KubeObject[] {
  const created = apiTime(input.createdAt);
  const selector = { matchLabels: input.labels };
  const deployment: KubeObject = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: input.name, namespace: input.namespace, uid: randomUUID(), generation: 1, creationTimestamp: created, labels: input.labels, annotations: { "deployment.kubernetes.io/revision": "1" } },
    spec: { replicas: input.pods.length, selector, template: { metadata: { labels: input.labels }, spec: input.podSpec }, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } }, revisionHistoryLimit: 10, progressDeadlineSeconds: 600 },
    status: { observedGeneration: 1, replicas: input.pods.length, updatedReplicas: input.pods.length, readyReplicas: input.pods.length, availableReplicas: input.pods.length },
  };
  const labels = { ...input.labels, "pod-template-hash": input.hash };
  const replicaSet: KubeObject = {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: `${input.name}-${input.hash}`, namespace: input.namespace, uid: randomUUID(), generation: 1, creationTimestamp: created, labels, annotations: { "deployment.kubernetes.io/desired-replicas": String(input.pods.length), "deployment.kubernetes.io/max-replicas": String(input.pods.length + 1), "deployment.kubernetes.io/revision": "1" }, ownerReferences: [ownerRef(deployment)] },
    spec: { replicas: input.pods.length, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: input.podSpec } },
    status: { replicas: input.pods.length, fullyLabeledReplicas: input.pods.length, readyReplicas: input.pods.length, availableReplicas: input.pods.length, observedGeneration: 1 },
  };
  return [deployment, replicaSet, ...podsOf(replicaSet, input, labels, ips)];
}

export function daemonSetWorkload(input: WorkloadInput, ips: IpPool): KubeObject[] {
  const count = input.pods.length;
  const daemonSet: KubeObject = {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: input.name, namespace: input.namespace, uid: randomUUID(), generation: 1, creationTimestamp: apiTime(input.createdAt), labels: input.labels, annotations: { "deprecated.daemonset.template.generation": "1" } },
    spec: { selector: { matchLabels: input.labels }, template: { metadata: { labels: input.labels }, spec: input.podSpec }, updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }, revisionHistoryLimit: 10 },
    status: { currentNumberScheduled: count, numberMisscheduled: 0, desiredNumberScheduled: count, numberReady: count, observedGeneration: 1, updatedNumberScheduled: count, numberAvailable: count },
  };
  return [daemonSet, ...podsOf(daemonSet, input, input.labels, ips)];
}

export function makePdb(namespace: string, name: string, matchLabels: Record<string, string>, minAvailable: number, createdAt: Date): KubeObject {
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name, namespace, generation: 1, creationTimestamp: apiTime(createdAt) },
    spec: { minAvailable, selector: { matchLabels } },
  };
}

export function makePvc(namespace: string, name: string, size: string, accessMode: string, storageClass: string, createdAt: Date): KubeObject {
  return {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: {
      name,
      namespace,
      creationTimestamp: apiTime(createdAt),
      annotations: { "pv.kubernetes.io/bind-completed": "yes", "pv.kubernetes.io/bound-by-controller": "yes", "volume.kubernetes.io/storage-provisioner": "pd.csi.storage.gke.io" },
      finalizers: ["kubernetes.io/pvc-protection"],
    },
    spec: { accessModes: [accessMode], resources: { requests: { storage: size } }, storageClassName: storageClass, volumeMode: "Filesystem", volumeName: `pvc-${fakeId(`${namespace}/${name}`, 8)}-${fakeId(name, 4)}-4${fakeId(namespace, 3)}-a${fakeId(size, 3)}-${fakeId(`${name}-pv`, 12)}` },
    status: { phase: "Bound", accessModes: [accessMode], capacity: { storage: size } },
  };
}

export function makeSnapshotClass(name: string, deletionPolicy: "Retain" | "Delete", isDefault: boolean, createdAt: Date): KubeObject {
  return {
    apiVersion: "snapshot.storage.k8s.io/v1",
    kind: "VolumeSnapshotClass",
    metadata: { name, creationTimestamp: apiTime(createdAt), ...(isDefault ? { annotations: { "snapshot.storage.kubernetes.io/is-default-class": "true" } } : {}) },
    driver: "pd.csi.storage.gke.io",
    deletionPolicy,
    parameters: { "storage-locations": "europe-west1" },
  };
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY);
}
