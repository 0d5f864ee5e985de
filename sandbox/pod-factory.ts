// Builds pods the way the controllers, the admission chain and the kubelet
// together would leave them: defaulted spec, running status, container ids.
import { createHash, randomBytes } from "node:crypto";
import { arrayAt, clone, isRecord, recordAt, stringAt } from "./json";
import { podNodeName } from "./objects";
import type { ObjectStore } from "./store";
import { apiTime } from "./store";
import type { KubeObject, OwnerReference, Toleration } from "./types";

// DefaultTolerationSeconds admission adds these to every pod.
export const DEFAULT_TOLERATIONS: Toleration[] = [
  { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
  { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
];

// The alphabet and length of apimachinery's utilrand.String for generateName.
const NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

export function randomSuffix(length = 5): string {
  const bytes = randomBytes(length);
  return [...bytes].map((byte) => NAME_ALPHABET[byte % NAME_ALPHABET.length]).join("");
}

export function imageId(image: string): string {
  const repository = image.replace(/:[^/:]+$/, "");
  return `${repository}@sha256:${createHash("sha256").update(image).digest("hex")}`;
}

export function containerId(): string {
  return `containerd://${randomBytes(32).toString("hex")}`;
}

export interface ContainerState {
  restarts?: number;
  /** A digest other than the one the tag resolves to elsewhere (a re-pushed tag). */
  imageID?: string;
  lastTermination?: { reason: string; exitCode: number; startedAt: string; finishedAt: string };
  /** When the current instance started, if not with the pod. */
  runningSince?: string;
}

export interface PodPlacement {
  namespace: string;
  name: string;
  generateName?: string;
  owner?: OwnerReference;
  node: KubeObject | undefined;
  startedAt: Date;
  /** Labels and spec, as in a controller's `spec.template`. */
  template: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec: Record<string, unknown> };
  containerStates?: Record<string, ContainerState>;
  /** Container names whose readiness probe is failing. */
  notReady?: string[];
  /** Required when `node` is set. */
  podIp?: string;
}

function nodeAddress(node: KubeObject, type: string): string | undefined {
  const address = arrayAt(node.status, "addresses").find((a) => stringAt(a, "type") === type);
  return stringAt(address, "address");
}

/** The first free address in the node's pod CIDR. */
export function allocatePodIp(store: ObjectStore, node: KubeObject): string {
  const used = new Set(
    store
      .all("pods")
      .filter((pod) => podNodeName(pod) === node.metadata.name)
      .map((pod) => stringAt(pod.status, "podIP")),
  );
  return allocateFrom(node, used);
}

function ipToInt(ip: string): number {
  return ip.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** The lowest address in the node's pod CIDR that `used` does not hold. */
export function allocateFrom(node: KubeObject, used: Set<string | undefined>): string {
  const [base = "10.244.0.0", bits = "24"] = (stringAt(node.spec, "podCIDR") ?? "10.244.0.0/24").split("/");
  const start = ipToInt(base);
  const size = 2 ** (32 - Number(bits));
  for (let offset = 2; offset < size - 1; offset++) {
    const ip = intToIp(start + offset);
    if (!used.has(ip)) return ip;
  }
  throw new Error(`pod CIDR of node ${node.metadata.name} is exhausted`);
}

function condition(type: string, status: boolean, time: string, reason?: string, message?: string) {
  return { type, status: status ? "True" : "False", lastProbeTime: null, lastTransitionTime: time, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

export function buildPod(placement: PodPlacement, unschedulableMessage?: string): KubeObject {
  const spec = clone(placement.template.spec);
  const containers = arrayAt(spec, "containers");
  const tolerations = arrayAt(spec, "tolerations") as Toleration[];
  const missingDefaults = DEFAULT_TOLERATIONS.filter((d) => !tolerations.some((t) => t.key === d.key && t.effect === d.effect));
  spec.tolerations = [...tolerations, ...missingDefaults];
  spec.restartPolicy ??= "Always";
  spec.schedulerName ??= "default-scheduler";
  spec.serviceAccountName ??= "default";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= "ClusterFirst";
  spec.enableServiceLinks ??= true;
  spec.preemptionPolicy ??= "PreemptLowerPriority";
  spec.priority ??= 0;
  spec.securityContext ??= {};
  const time = apiTime(placement.startedAt);
  const metadata = {
    name: placement.name,
    namespace: placement.namespace,
    ...(placement.generateName ? { generateName: placement.generateName } : {}),
    labels: { ...(placement.template.metadata?.labels ?? {}) },
    ...(placement.template.metadata?.annotations ? { annotations: { ...placement.template.metadata.annotations } } : {}),
    ...(placement.owner ? { ownerReferences: [placement.owner] } : {}),
    creationTimestamp: time,
  };
  const hasResources = containers.some((c) => Object.keys(recordAt(c, "resources")).length > 0);
  const qosClass = hasResources ? "Burstable" : "BestEffort";
  const node = placement.node;
  if (!node) {
    return {
      apiVersion: "v1",
      kind: "Pod",
      metadata,
      spec,
      status: {
        phase: "Pending",
        conditions: [condition("PodScheduled", false, time, "Unschedulable", unschedulableMessage)],
        qosClass,
      },
    };
  }
  spec.nodeName = node.metadata.name;
  const notReady = new Set(placement.notReady ?? []);
  const containerStatuses = containers.filter(isRecord).map((container) => {
    const name = stringAt(container, "name") ?? "";
    const image = stringAt(container, "image") ?? "";
    const state = placement.containerStates?.[name] ?? {};
    return {
      name,
      image,
      imageID: state.imageID ?? imageId(image),
      containerID: containerId(),
      ready: !notReady.has(name),
      started: true,
      restartCount: state.restarts ?? 0,
      state: { running: { startedAt: state.runningSince ?? time } },
      lastState: state.lastTermination
        ? { terminated: { containerID: containerId(), ...state.lastTermination } }
        : {},
    };
  });
  const ready = notReady.size === 0;
  const hostIP = nodeAddress(node, "InternalIP") ?? "10.0.0.1";
  const podIP = placement.podIp ?? allocateFrom(node, new Set());
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata,
    spec,
    status: {
      phase: "Running",
      conditions: [
        condition("PodReadyToStartContainers", true, time),
        condition("Initialized", true, time),
        condition("Ready", ready, time, ready ? undefined : "ContainersNotReady", ready ? undefined : `containers with unready status: [${[...notReady].join(" ")}]`),
        condition("ContainersReady", ready, time, ready ? undefined : "ContainersNotReady", ready ? undefined : `containers with unready status: [${[...notReady].join(" ")}]`),
        condition("PodScheduled", true, time),
      ],
      hostIP,
      hostIPs: [{ ip: hostIP }],
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: time,
      containerStatuses,
      qosClass,
    },
  };
}
