// The CSI snapshot controller, advanced by reads instead of time so tests can
// watch `readyToUse` flip without sleeping: the first read binds a
// VolumeSnapshotContent, the second finds the snapshot ready. Any read after
// `snapshotReadyAfterMs` also finds it ready, for people polling in a drill.
import { createHash } from "node:crypto";
import { clone, recordAt, stringAt } from "./json";
import type { SandboxState } from "./state";
import { apiTime } from "./store";
import type { KubeObject } from "./types";

const DEFAULT_CLASS_ANNOTATION = "snapshot.storage.kubernetes.io/is-default-class";
const FINALIZERS = [
  "snapshot.storage.kubernetes.io/volumesnapshot-as-source-protection",
  "snapshot.storage.kubernetes.io/volumesnapshot-bound-protection",
];

const UNITS: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12, "": 1 };

export function quantityBytes(quantity: string): number {
  const match = /^([0-9.]+)([A-Za-z]*)$/.exec(quantity);
  return match ? Number(match[1]) * (UNITS[match[2] ?? ""] ?? 1) : 0;
}

function fail(state: SandboxState, snapshot: KubeObject, message: string): KubeObject {
  const failed = clone(snapshot);
  failed.status = { readyToUse: false, error: { message, time: apiTime(state.now()) } };
  return state.store.replace("volumesnapshots", failed);
}

function resolveClass(state: SandboxState, snapshot: KubeObject): KubeObject | undefined {
  const name = stringAt(snapshot.spec, "volumeSnapshotClassName");
  const classes = state.store.all("volumesnapshotclasses");
  if (name) return classes.find((c) => c.metadata.name === name);
  return classes.find((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true");
}

function bind(state: SandboxState, snapshot: KubeObject): KubeObject {
  const namespace = snapshot.metadata.namespace ?? "default";
  const snapshotClass = resolveClass(state, snapshot);
  if (!snapshotClass) {
    const requested = stringAt(snapshot.spec, "volumeSnapshotClassName");
    return fail(state, snapshot, requested ? `Failed to get snapshot class with error volumesnapshotclass.snapshot.storage.k8s.io "${requested}" not found` : "Failed to get default snapshot class with error cannot find default snapshot class");
  }
  const claimName = stringAt(recordAt(snapshot.spec, "source"), "persistentVolumeClaimName") ?? "";
  const claim = state.store.peek("persistentvolumeclaims", namespace, claimName);
  if (!claim) {
    return fail(
      state,
      snapshot,
      `Failed to create snapshot content with error failed to get input parameters to create snapshot ${snapshot.metadata.name}: failed to retrieve PVC ${claimName} from the lister: persistentvolumeclaim "${claimName}" not found`,
    );
  }
  const restoreSize = stringAt(recordAt(claim.status, "capacity"), "storage") ?? "1Gi";
  const contentName = `snapcontent-${snapshot.metadata.uid ?? ""}`;
  const created = state.now();
  const handle = `snapshot-${createHash("sha256").update(contentName).digest("hex").slice(0, 20)}`;
  state.store.insert(
    "volumesnapshotcontents",
    {
      apiVersion: "snapshot.storage.k8s.io/v1",
      kind: "VolumeSnapshotContent",
      metadata: { name: contentName, finalizers: ["snapshot.storage.kubernetes.io/volumesnapshotcontent-bound-protection"] },
      spec: {
        deletionPolicy: snapshotClass.deletionPolicy,
        driver: snapshotClass.driver,
        source: { volumeHandle: stringAt(claim.spec, "volumeName") ?? claimName },
        volumeSnapshotClassName: snapshotClass.metadata.name,
        volumeSnapshotRef: {
          apiVersion: "snapshot.storage.k8s.io/v1",
          kind: "VolumeSnapshot",
          name: snapshot.metadata.name,
          namespace,
          uid: snapshot.metadata.uid,
        },
      },
      status: {
        creationTime: created.getTime() * 1_000_000,
        readyToUse: false,
        restoreSize: quantityBytes(restoreSize),
        snapshotHandle: handle,
      },
    },
    created,
  );
  const bound = clone(snapshot);
  bound.metadata.finalizers = FINALIZERS;
  bound.spec = { ...recordAt(bound, "spec"), volumeSnapshotClassName: snapshotClass.metadata.name };
  bound.status = { boundVolumeSnapshotContentName: contentName, creationTime: apiTime(created), readyToUse: false, restoreSize };
  return state.store.replace("volumesnapshots", bound);
}

function markReady(state: SandboxState, snapshot: KubeObject): KubeObject {
  const contentName = stringAt(snapshot.status, "boundVolumeSnapshotContentName") ?? "";
  const content = state.store.peek("volumesnapshotcontents", undefined, contentName);
  if (content) {
    const ready = clone(content);
    ready.status = { ...recordAt(ready, "status"), readyToUse: true };
    state.store.replace("volumesnapshotcontents", ready);
  }
  const ready = clone(snapshot);
  ready.status = { ...recordAt(ready, "status"), readyToUse: true };
  return state.store.replace("volumesnapshots", ready);
}

/** Advances the snapshot one controller step per read; `count` is false for list reads. */
export function observeSnapshot(state: SandboxState, snapshot: KubeObject, count: boolean): KubeObject {
  const status = recordAt(snapshot, "status");
  if (status.readyToUse === true || status.error) return snapshot;
  const reads = count ? state.readSnapshot(snapshot.metadata.uid ?? "") : 0;
  const created = Date.parse(snapshot.metadata.creationTimestamp ?? "");
  const elapsed = state.now().getTime() - created;
  const due = elapsed >= state.snapshotReadyAfterMs;
  let current = snapshot;
  if (!status.boundVolumeSnapshotContentName) {
    if (reads < 1 && !due) return current;
    current = bind(state, current);
    if (recordAt(current, "status").error) return current;
  }
  if (reads >= 2 || due) current = markReady(state, current);
  return current;
}
