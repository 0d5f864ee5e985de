// Everything the sandbox knows: the objects, plus what lives outside the API
// (container and node logs, kubelet features, RBAC denials, PDB behaviour).
// The public methods are the switches tests and drills use.
import { clone } from "./json";
import { RESOURCES, resourceByName } from "./resources";
import { ObjectStore } from "./store";
import type {
  AccessRule,
  CheckpointRecord,
  CheckpointSupport,
  ContainerLogs,
  KubeObject,
  NodeFeatures,
  NodeLogs,
  SandboxSeed,
} from "./types";

export const SANDBOX_USER = "system:serviceaccount:cordon:cordon";

const DEFAULT_FEATURES: NodeFeatures = { checkpoint: "enabled", nodeLogQuery: true };

export interface AccessAttributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

function logKey(namespace: string, pod: string, container: string): string {
  return `${namespace}/${pod}/${container}`;
}

export class SandboxState {
  readonly store = new ObjectStore();
  readonly checkpoints: CheckpointRecord[] = [];
  /** The user RBAC messages name, as for Cordon's service account. */
  user = SANDBOX_USER;
  /** A snapshot also turns ready on any read once this much time has passed. */
  snapshotReadyAfterMs = 2_000;
  now: () => Date = () => new Date();

  private readonly containerLogs = new Map<string, ContainerLogs>();
  private readonly nodeLogs = new Map<string, NodeLogs>();
  private readonly features = new Map<string, NodeFeatures>();
  private readonly denied: AccessRule[] = [];
  private readonly refusals = new Map<string, number>();
  private readonly snapshotReads = new Map<string, number>();

  constructor(seed: SandboxSeed) {
    for (const object of seed.objects) this.put(object);
    for (const logs of seed.containerLogs) this.setContainerLogs(clone(logs));
    for (const logs of seed.nodeLogs) this.nodeLogs.set(`${logs.node}/${logs.service}`, clone(logs));
    for (const [node, features] of Object.entries(seed.features ?? {})) {
      this.features.set(node, { ...DEFAULT_FEATURES, ...features });
    }
    for (const refusal of seed.pdbRefusals ?? []) this.setPdbRefusals(refusal.namespace, refusal.name, refusal.refusals);
    for (const rule of seed.deny ?? []) this.deny(rule);
  }

  get resourceVersion(): string {
    return this.store.resourceVersion;
  }

  /** A copy of one object; `namespace` is ignored for cluster-scoped kinds. */
  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const type = resourceByName(resource);
    const object = this.store.peek(resource, type.namespaced ? namespace : undefined, name);
    return object ? clone(object) : undefined;
  }

  list(resource: string, namespace?: string): KubeObject[] {
    return this.store.all(resource, namespace).map((object) => clone(object));
  }

  podsOnNode(node: string): KubeObject[] {
    return this.list("pods").filter((pod) => (pod.spec as { nodeName?: string } | undefined)?.nodeName === node);
  }

  /** Adds or replaces an object, found by its apiVersion and kind. */
  put(object: KubeObject): KubeObject {
    const type = RESOURCES.find(
      (t) => t.kind === object.kind && (t.group ? `${t.group}/${t.version}` : t.version) === object.apiVersion,
    );
    if (!type) throw new Error(`the sandbox does not serve ${object.apiVersion} ${object.kind}`);
    const copy = clone(object);
    const existing = this.store.peek(type.resource, copy.metadata.namespace, copy.metadata.name);
    if (existing) {
      copy.metadata.uid = existing.metadata.uid;
      copy.metadata.creationTimestamp = existing.metadata.creationTimestamp;
      return clone(this.store.replace(type.resource, copy));
    }
    return clone(this.store.insert(type.resource, copy, this.now()));
  }

  nodeFeatures(node: string): NodeFeatures {
    return { ...(this.features.get(node) ?? DEFAULT_FEATURES) };
  }

  setCheckpoint(node: string, support: CheckpointSupport): void {
    this.features.set(node, { ...this.nodeFeatures(node), checkpoint: support });
  }

  setNodeLogQuery(node: string, enabled: boolean): void {
    this.features.set(node, { ...this.nodeFeatures(node), nodeLogQuery: enabled });
  }

  deny(rule: AccessRule): void {
    this.denied.push({ ...rule });
  }

  /** Lifts denials equal to `rule`. */
  allow(rule: AccessRule): void {
    const same = (a: AccessRule) =>
      (Object.keys({ ...a, ...rule }) as (keyof AccessRule)[]).every((key) => a[key] === rule[key]);
    for (let i = this.denied.length - 1; i >= 0; i--) {
      const existing = this.denied[i];
      if (existing && same(existing)) this.denied.splice(i, 1);
    }
  }

  hasDenials(): boolean {
    return this.denied.length > 0;
  }

  resetPermissions(): void {
    this.denied.length = 0;
  }

  isAllowed(attributes: AccessAttributes): boolean {
    return !this.denied.some((rule) =>
      (Object.entries(rule) as [keyof AccessRule, string | undefined][]).every(
        ([key, value]) => value === undefined || value === "*" || (attributes[key] ?? "") === value,
      ),
    );
  }

  /** Makes the PDB refuse the next `refusals` evictions ("always": every one). */
  setPdbRefusals(namespace: string, name: string, refusals: number | "always"): void {
    this.refusals.set(`${namespace}/${name}`, refusals === "always" ? Number.POSITIVE_INFINITY : refusals);
  }

  pdbRefusalsLeft(namespace: string, name: string): number {
    return this.refusals.get(`${namespace}/${name}`) ?? 0;
  }

  /** Counts one refusal against the budget's remaining ones. */
  spendPdbRefusal(namespace: string, name: string): void {
    const left = this.pdbRefusalsLeft(namespace, name);
    if (left > 0 && Number.isFinite(left)) this.refusals.set(`${namespace}/${name}`, left - 1);
  }

  containerLogsFor(namespace: string, pod: string, container: string): ContainerLogs | undefined {
    return this.containerLogs.get(logKey(namespace, pod, container));
  }

  setContainerLogs(logs: ContainerLogs): void {
    this.containerLogs.set(logKey(logs.namespace, logs.pod, logs.container), logs);
  }

  /** A removed pod's logs go with it, as they do when the kubelet cleans up. */
  dropContainerLogs(namespace: string, pod: string): void {
    for (const key of this.containerLogs.keys()) {
      if (key.startsWith(`${namespace}/${pod}/`)) this.containerLogs.delete(key);
    }
  }

  nodeLogsFor(node: string, service: string): NodeLogs | undefined {
    return this.nodeLogs.get(`${node}/${service}`);
  }

  /** Counts reads of a snapshot, the sandbox's stand-in for controller progress. */
  readSnapshot(uid: string): number {
    const reads = (this.snapshotReads.get(uid) ?? 0) + 1;
    this.snapshotReads.set(uid, reads);
    return reads;
  }
}
