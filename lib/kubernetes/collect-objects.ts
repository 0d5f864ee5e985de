import "server-only";
// Events and object manifests as JSON evidence: the state at acquisition
// time, exactly as the API server returned it.
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { readJson, sendKubeRequest } from "./kube-request";
import { listObjects } from "./list-objects";

const seg = encodeURIComponent;

export type EvidenceTarget = { node: string; suspectPods?: { namespace: string; name: string }[] } | { namespace: string; pod: string };

export interface EventsEvidence {
  apiVersion: "v1";
  kind: "EventList";
  /** The query that produced the list, for the custody record. */
  source: string;
  items: unknown[];
}

export async function fetchEvents(connection: KubeConnection, target: EvidenceTarget): Promise<EventsEvidence> {
  const isNode = "node" in target;
  // Node events live in the default namespace by convention, but not always: ask cluster-wide.
  const path = isNode ? "/api/v1/events" : `/api/v1/namespaces/${seg(target.namespace)}/events`;
  const fieldSelector = isNode ? `involvedObject.kind=Node,involvedObject.name=${target.node}` : `involvedObject.kind=Pod,involvedObject.name=${target.pod}`;
  const items = await listObjects(connection, path, { fieldSelector });
  return { apiVersion: "v1", kind: "EventList", source: `${path}?fieldSelector=${fieldSelector}`, items };
}

interface OwnerRef {
  apiVersion: string;
  kind: string;
  name: string;
  controller?: boolean;
}

const PLURALS: Record<string, string> = {
  ReplicaSet: "replicasets",
  Deployment: "deployments",
  DaemonSet: "daemonsets",
  StatefulSet: "statefulsets",
  Job: "jobs",
  CronJob: "cronjobs",
  ReplicationController: "replicationcontrollers",
};

export interface ManifestEntry {
  role: "node" | "pod" | "owner";
  ref: { apiVersion: string; kind: string; namespace?: string; name: string };
  /** The object as returned; absent when it could not be read. */
  object?: unknown;
  /** Why the object is missing (gone, not readable, kind not collected). */
  missing?: string;
}

export interface ManifestsEvidence {
  collectedFrom: string;
  entries: ManifestEntry[];
}

/** A read that records a missing object instead of failing: partial evidence beats none. */
async function readEntry(connection: KubeConnection, entry: Omit<ManifestEntry, "object" | "missing">, path: string): Promise<ManifestEntry> {
  const response = await sendKubeRequest(connection, { method: "GET", path });
  if (response.status === 0 && response.failure) throw new ClusterError(response.failure);
  return response.failure ? { ...entry, missing: response.failure.message } : { ...entry, object: response.body };
}

function ownerPath(namespace: string, owner: OwnerRef): string | undefined {
  const plural = PLURALS[owner.kind];
  if (!plural) return undefined;
  const prefix = owner.apiVersion.includes("/") ? `/apis/${owner.apiVersion}` : `/api/${owner.apiVersion}`;
  return `${prefix}/namespaces/${seg(namespace)}/${plural}/${seg(owner.name)}`;
}

function controllerOf(object: unknown): OwnerRef | undefined {
  const owners = (object as { metadata?: { ownerReferences?: OwnerRef[] } } | undefined)?.metadata?.ownerReferences ?? [];
  return owners.find((owner) => owner.controller) ?? owners[0];
}

/** The pod, then its owner chain (ReplicaSet, Deployment, …), at most three levels up. */
async function podChain(connection: KubeConnection, namespace: string, name: string): Promise<ManifestEntry[]> {
  const pod = await readEntry(connection, { role: "pod", ref: { apiVersion: "v1", kind: "Pod", namespace, name } }, `/api/v1/namespaces/${seg(namespace)}/pods/${seg(name)}`);
  const entries = [pod];
  let current = pod.object;
  for (let depth = 0; depth < 3; depth++) {
    const owner = controllerOf(current);
    if (!owner) break;
    const ref = { apiVersion: owner.apiVersion, kind: owner.kind, namespace, name: owner.name };
    const path = ownerPath(namespace, owner);
    const entry = path ? await readEntry(connection, { role: "owner", ref }, path) : { role: "owner" as const, ref, missing: `Cordon does not collect ${owner.kind} objects` };
    entries.push(entry);
    current = entry.object;
  }
  return entries;
}

export async function fetchManifests(connection: KubeConnection, target: EvidenceTarget): Promise<ManifestsEvidence> {
  const entries: ManifestEntry[] = [];
  if ("node" in target) {
    entries.push({ role: "node", ref: { apiVersion: "v1", kind: "Node", name: target.node }, object: await readJson(connection, `/api/v1/nodes/${seg(target.node)}`) });
    for (const pod of target.suspectPods ?? []) entries.push(...(await podChain(connection, pod.namespace, pod.name)));
  } else {
    const chain = await podChain(connection, target.namespace, target.pod);
    const nodeName = (chain[0]?.object as { spec?: { nodeName?: string } } | undefined)?.spec?.nodeName;
    entries.push(...chain);
    if (nodeName) entries.push(await readEntry(connection, { role: "node", ref: { apiVersion: "v1", kind: "Node", name: nodeName } }, `/api/v1/nodes/${seg(nodeName)}`));
  }
  return { collectedFrom: connection.server, entries };
}
