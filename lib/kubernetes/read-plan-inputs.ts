import "server-only";
// Reads exactly what each planner needs, just before planning, so a plan is
// made from the cluster's current state and carries its resourceVersions.
import {
  quarantinePolicyName,
  QUARANTINE_LABEL,
  toNodeSnapshot,
  toPodSnapshot,
  type LabelSelector,
  type NetworkPolicySnapshot,
  type NodeSnapshot,
  type PodRef,
  type PodSnapshot,
  type ReleaseInput,
} from "@/lib/rules/quarantine";
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { readJson, sendKubeRequest } from "./kube-request";
import { listObjects } from "./list-objects";

const seg = encodeURIComponent;

export async function readNodeForQuarantine(connection: KubeConnection, node: string): Promise<{ node: NodeSnapshot; podsOnNode: PodSnapshot[] }> {
  const [object, pods] = await Promise.all([
    readJson(connection, `/api/v1/nodes/${seg(node)}`),
    listObjects(connection, "/api/v1/pods", { fieldSelector: `spec.nodeName=${node}` }),
  ]);
  return { node: toNodeSnapshot(object), podsOnNode: pods.map(toPodSnapshot) };
}

const SELECTOR_PATHS: Record<string, (namespace: string, name: string) => string> = {
  ReplicaSet: (ns, name) => `/apis/apps/v1/namespaces/${seg(ns)}/replicasets/${seg(name)}`,
  DaemonSet: (ns, name) => `/apis/apps/v1/namespaces/${seg(ns)}/daemonsets/${seg(name)}`,
  ReplicationController: (ns, name) => `/api/v1/namespaces/${seg(ns)}/replicationcontrollers/${seg(name)}`,
};

function selectorOf(kind: string, object: unknown): LabelSelector {
  const selector = (object as { spec?: { selector?: unknown } }).spec?.selector ?? {};
  // A ReplicationController's selector is a bare label map.
  return kind === "ReplicationController" ? { matchLabels: selector as Record<string, string> } : (selector as LabelSelector);
}

export async function readPodsForIsolation(
  connection: KubeConnection,
  refs: PodRef[],
): Promise<{ pods: PodSnapshot[]; controllerSelectors: Record<string, LabelSelector> }> {
  const pods = await Promise.all(refs.map(async (ref) => toPodSnapshot(await readJson(connection, `/api/v1/namespaces/${seg(ref.namespace)}/pods/${seg(ref.name)}`))));
  const controllerSelectors: Record<string, LabelSelector> = {};
  for (const pod of pods) {
    const owner = pod.ownerReferences.find((o) => o.controller === true);
    const path = owner ? SELECTOR_PATHS[owner.kind] : undefined;
    if (!owner || !path || controllerSelectors[`${owner.kind}/${owner.name}`]) continue;
    controllerSelectors[`${owner.kind}/${owner.name}`] = selectorOf(owner.kind, await readJson(connection, path(pod.namespace, owner.name)));
  }
  return { pods, controllerSelectors };
}

async function readPolicy(connection: KubeConnection, namespace: string, name: string): Promise<NetworkPolicySnapshot | undefined> {
  const response = await sendKubeRequest(connection, { method: "GET", path: `/apis/networking.k8s.io/v1/namespaces/${seg(namespace)}/networkpolicies/${seg(name)}`, expect: [200, 404] });
  if (response.failure) throw new ClusterError(response.failure);
  if (response.status === 404) return undefined;
  const metadata = (response.body as { metadata?: { uid?: string; labels?: Record<string, string> } }).metadata ?? {};
  return { namespace, name, ...(metadata.uid ? { uid: metadata.uid } : {}), labels: metadata.labels ?? {} };
}

async function readPodIfPresent(connection: KubeConnection, namespace: string, name: string): Promise<PodSnapshot | undefined> {
  const response = await sendKubeRequest(connection, { method: "GET", path: `/api/v1/namespaces/${seg(namespace)}/pods/${seg(name)}`, expect: [200, 404] });
  if (response.failure) throw new ClusterError(response.failure);
  return response.status === 404 ? undefined : toPodSnapshot(response.body);
}

export type ReleaseTarget = { node: string } | { namespace: string; pod: string };

export async function readReleaseInput(connection: KubeConnection, incidentId: string, target: ReleaseTarget): Promise<ReleaseInput> {
  const labelSelector = `${QUARANTINE_LABEL}=${incidentId}`;
  const everyQuarantined = (await listObjects(connection, "/api/v1/pods", { labelSelector })).map(toPodSnapshot);
  let node: NodeSnapshot | undefined;
  let pods: PodSnapshot[];
  const namespaces = new Set<string>();
  if ("node" in target) {
    node = toNodeSnapshot(await readJson(connection, `/api/v1/nodes/${seg(target.node)}`));
    pods = everyQuarantined.filter((pod) => pod.nodeName === target.node);
  } else {
    const pod = await readPodIfPresent(connection, target.namespace, target.pod);
    pods = pod ? [pod] : [];
    namespaces.add(target.namespace);
  }
  for (const pod of pods) namespaces.add(pod.namespace);
  const policyName = quarantinePolicyName(incidentId);
  const policies = await Promise.all([...namespaces].map((namespace) => readPolicy(connection, namespace, policyName)));
  return {
    incidentId,
    ...(node ? { node } : {}),
    pods,
    networkPolicies: policies.filter((policy): policy is NetworkPolicySnapshot => policy !== undefined),
    otherQuarantinedPods: everyQuarantined.map((pod) => ({ namespace: pod.namespace, name: pod.name })),
  };
}
