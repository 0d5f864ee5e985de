// Objects by resource, and the cluster-wide resourceVersion counter that
// every write bumps, as etcd's revision does.
import { randomUUID } from "node:crypto";
import type { KubeObject } from "./types";

function keyOf(namespace: string | undefined, name: string): string {
  return `${namespace ?? ""}/${name}`;
}

export class ObjectStore {
  private readonly byResource = new Map<string, Map<string, KubeObject>>();
  // Sorted keys per resource, dropped when the key set changes: lists are
  // far more frequent than creates and deletes.
  private readonly sortedKeys = new Map<string, string[]>();
  private revision: number;

  constructor(startRevision = 1000) {
    this.revision = startRevision;
  }

  get resourceVersion(): string {
    return String(this.revision);
  }

  private bucket(resource: string): Map<string, KubeObject> {
    let bucket = this.byResource.get(resource);
    if (!bucket) {
      bucket = new Map();
      this.byResource.set(resource, bucket);
    }
    return bucket;
  }

  /** The stored object itself: callers must not mutate it or hand it out. */
  peek(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.bucket(resource).get(keyOf(namespace, name));
  }

  /** Stored objects ordered by namespace then name, like an etcd range read. */
  all(resource: string, namespace?: string): KubeObject[] {
    const bucket = this.bucket(resource);
    let keys = this.sortedKeys.get(resource);
    if (!keys) {
      keys = [...bucket.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.sortedKeys.set(resource, keys);
    }
    const objects: KubeObject[] = [];
    for (const key of keys) {
      const object = bucket.get(key);
      if (object && (namespace === undefined || object.metadata.namespace === namespace)) objects.push(object);
    }
    return objects;
  }

  /** Takes ownership of `object`, filling the fields the server assigns. */
  insert(resource: string, object: KubeObject, now = new Date()): KubeObject {
    object.metadata.uid ??= randomUUID();
    object.metadata.creationTimestamp ??= apiTime(now);
    return this.replace(resource, object);
  }

  replace(resource: string, object: KubeObject): KubeObject {
    object.metadata.resourceVersion = this.next();
    const key = keyOf(object.metadata.namespace, object.metadata.name);
    const bucket = this.bucket(resource);
    if (!bucket.has(key)) this.sortedKeys.delete(resource);
    bucket.set(key, object);
    return object;
  }

  remove(resource: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const bucket = this.bucket(resource);
    const key = keyOf(namespace, name);
    const object = bucket.get(key);
    if (!object) return undefined;
    bucket.delete(key);
    this.sortedKeys.delete(resource);
    this.next();
    return object;
  }

  private next(): string {
    this.revision += 1;
    return String(this.revision);
  }
}

/** Timestamps as the API renders metav1.Time: seconds precision, UTC. */
export function apiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
