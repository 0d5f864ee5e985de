import "server-only";
// A CSI VolumeSnapshot of a PVC as evidence. Only a class with
// deletionPolicy Retain is used: with Delete, removing the VolumeSnapshot
// object (or its namespace) would also delete the snapshot's data.
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, QUARANTINE_LABEL, QUARANTINED_BY_ANNOTATION, shortIncidentId } from "@/lib/rules/quarantine";
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { readJson, sendKubeRequest } from "./kube-request";
import { listObjects } from "./list-objects";

const API = "/apis/snapshot.storage.k8s.io/v1";
const seg = encodeURIComponent;
const DEFAULT_CLASS = "snapshot.storage.kubernetes.io/is-default-class";

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SnapshotError";
  }
}

export interface SnapshotClass {
  name: string;
  driver: string;
  deletionPolicy: string;
  isDefault: boolean;
}

export function toSnapshotClass(object: unknown): SnapshotClass {
  const raw = object as { metadata?: { name?: string; annotations?: Record<string, string> }; driver?: string; deletionPolicy?: string };
  return { name: raw.metadata?.name ?? "", driver: raw.driver ?? "", deletionPolicy: raw.deletionPolicy ?? "", isDefault: raw.metadata?.annotations?.[DEFAULT_CLASS] === "true" };
}

/** The class to use: the one asked for if it retains, else a Retain class (the default one first). */
export function pickRetainClass(classes: SnapshotClass[], requested?: string): SnapshotClass {
  if (requested) {
    const found = classes.find((c) => c.name === requested);
    if (!found) throw new SnapshotError(`there is no VolumeSnapshotClass named ${requested}`);
    if (found.deletionPolicy !== "Retain") {
      throw new SnapshotError(`VolumeSnapshotClass ${requested} has deletionPolicy ${found.deletionPolicy}: deleting the snapshot object would delete the evidence with it; use a class with deletionPolicy: Retain`);
    }
    return found;
  }
  const retain = classes.filter((c) => c.deletionPolicy === "Retain").sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
  const chosen = retain[0];
  if (!chosen) throw new SnapshotError("no VolumeSnapshotClass with deletionPolicy: Retain exists; create one for the volume's CSI driver before snapshotting evidence");
  return chosen;
}

export interface SnapshotRequest {
  namespace: string;
  pvcName: string;
  incidentId: string;
  snapshotClassName?: string;
  requestedBy?: string;
  /** `dryRun=All`: the API server validates the snapshot and creates nothing. */
  dryRun?: boolean;
}

export interface SnapshotCreated {
  namespace: string;
  name: string;
  snapshotClass: SnapshotClass;
  /** False when a snapshot of this PVC for this incident already existed. */
  created: boolean;
  object: unknown;
}

export function snapshotName(incidentId: string, pvcName: string): string {
  return `cordon-${shortIncidentId(incidentId)}-${pvcName}`.slice(0, 253).replace(/[-.]+$/, "");
}

export async function createVolumeSnapshot(connection: KubeConnection, request: SnapshotRequest): Promise<SnapshotCreated> {
  const snapshotClass = pickRetainClass((await listObjects(connection, `${API}/volumesnapshotclasses`)).map(toSnapshotClass), request.snapshotClassName);
  const name = snapshotName(request.incidentId, request.pvcName);
  const path = `${API}/namespaces/${seg(request.namespace)}/volumesnapshots`;
  const response = await sendKubeRequest(connection, {
    method: "POST",
    path,
    body: {
      apiVersion: "snapshot.storage.k8s.io/v1",
      kind: "VolumeSnapshot",
      metadata: {
        name,
        namespace: request.namespace,
        labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [QUARANTINE_LABEL]: request.incidentId },
        annotations: { [QUARANTINED_BY_ANNOTATION]: request.requestedBy ?? "cordon" },
      },
      spec: { volumeSnapshotClassName: snapshotClass.name, source: { persistentVolumeClaimName: request.pvcName } },
    },
    expect: [200, 201, 409],
    dryRun: request.dryRun ?? false,
  });
  if (response.failure) {
    if (response.status === 404 && /could not find the requested resource/.test(response.failure.message)) {
      throw new ClusterError({ ...response.failure, message: "the cluster has no VolumeSnapshot API (snapshot.storage.k8s.io/v1): install the CSI snapshot controller and its CRDs" });
    }
    throw new ClusterError(response.failure);
  }
  if (response.status === 409) {
    return { namespace: request.namespace, name, snapshotClass, created: false, object: await readJson(connection, `${path}/${seg(name)}`) };
  }
  return { namespace: request.namespace, name, snapshotClass, created: true, object: response.body };
}

export interface SnapshotReady {
  namespace: string;
  name: string;
  contentName?: string;
  creationTime?: string;
  restoreSize?: string;
  polls: number;
  object: unknown;
}

export interface WaitOptions {
  /** Injected so tests never wait. */
  sleep?: (ms: number) => Promise<void>;
  intervalMs?: number;
  maxPolls?: number;
}

interface SnapshotStatus {
  readyToUse?: boolean;
  boundVolumeSnapshotContentName?: string;
  creationTime?: string;
  restoreSize?: string;
  error?: { message?: string };
}

export async function waitForSnapshotReady(connection: KubeConnection, snapshot: { namespace: string; name: string }, options: WaitOptions = {}): Promise<SnapshotReady> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const intervalMs = options.intervalMs ?? 2_000;
  const maxPolls = options.maxPolls ?? 150;
  const path = `${API}/namespaces/${seg(snapshot.namespace)}/volumesnapshots/${seg(snapshot.name)}`;
  for (let polls = 1; polls <= maxPolls; polls++) {
    const object = await readJson(connection, path);
    const status = ((object as { status?: SnapshotStatus }).status ?? {}) as SnapshotStatus;
    if (status.error?.message) throw new SnapshotError(`snapshot ${snapshot.namespace}/${snapshot.name} failed: ${status.error.message}`);
    if (status.readyToUse === true) {
      return {
        ...snapshot,
        ...(status.boundVolumeSnapshotContentName ? { contentName: status.boundVolumeSnapshotContentName } : {}),
        ...(status.creationTime ? { creationTime: status.creationTime } : {}),
        ...(status.restoreSize ? { restoreSize: status.restoreSize } : {}),
        polls,
        object,
      };
    }
    if (polls < maxPolls) await sleep(intervalMs);
  }
  throw new SnapshotError(`snapshot ${snapshot.namespace}/${snapshot.name} is not ready after ${maxPolls} checks; the CSI driver may still be working, check again later`);
}
