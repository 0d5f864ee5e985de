import "server-only";
import { Readable } from "node:stream";
import { checkpointContainer, createVolumeSnapshot, fetchEvents, fetchManifests, streamNodeLogs, streamPodLogs, waitForSnapshotReady } from "@/lib/kubernetes/collect";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { ingestEvidence } from "@/lib/evidence/ingest-evidence";
import { recordEvidenceByReference } from "@/lib/evidence/record-evidence-by-reference";
import type { CollectContext, ItemOutcome } from "./collect-context";
import { collectNodeDisk } from "./collect-node-disk";
import type { CollectItem } from "./stored-plan";

const TAGS = ["cluster-action"];

/** The stream as it was, or null when it ended without a byte (an empty log is an answer, not evidence). */
async function unlessEmpty(stream: Readable): Promise<Readable | null> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = (await iterator.next()) as IteratorResult<Buffer>;
  if (first.done) return null;
  async function* rest() {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  }
  return Readable.from(rest());
}

const jsonStream = (value: unknown) => Readable.from([Buffer.from(`${JSON.stringify(value, null, 2)}\n`)]);

async function ingestStream(item: CollectItem, context: CollectContext, stream: Readable, fields: { kind: "POD_LOGS" | "NODE_LOGS"; title: string; fileName: string; source: Record<string, string | undefined> }): Promise<ItemOutcome> {
  const content = await unlessEmpty(stream);
  if (!content) return { status: 200, outcome: "already-done", note: "the log is empty: nothing to keep as evidence" };
  const stored = await ingestEvidence(
    { incidentId: context.incidentId, ...fields, acquisitionMethod: `${item.method} ${item.path} (Kubernetes API, streamed)`, mediaType: "text/plain", tags: TAGS, stream: content },
    context.by,
  );
  return { status: 200, outcome: "applied", evidence: stored };
}

async function ingestJson(item: CollectItem, context: CollectContext, value: unknown, fields: { kind: "EVENTS" | "OBJECT_MANIFEST"; title: string; fileName: string; source: Record<string, string | undefined> }): Promise<ItemOutcome> {
  const stored = await ingestEvidence(
    { incidentId: context.incidentId, ...fields, acquisitionMethod: `${item.method} ${item.path} (Kubernetes API)`, mediaType: "application/json", tags: TAGS, stream: jsonStream(value) },
    context.by,
  );
  return { status: 200, outcome: "applied", evidence: stored };
}

const sourceOf = (target: { node: string } | { namespace: string; pod: string }) => ("node" in target ? { node: target.node } : { namespace: target.namespace, pod: target.pod });

/** Collects one planned item into the evidence store (or records it by reference). */
export async function collectItem(connection: KubeConnection, item: CollectItem, context: CollectContext): Promise<ItemOutcome> {
  const cluster = context.clusterName;
  switch (item.type) {
    case "pod-log": {
      const stream = await streamPodLogs(connection, { namespace: item.namespace, pod: item.pod, container: item.container, previous: item.previous, timestamps: item.timestamps, ...(item.sinceTime ? { sinceTime: item.sinceTime } : {}) });
      const instance = item.previous ? "previous instance" : "current";
      return ingestStream(item, context, stream, {
        kind: "POD_LOGS",
        title: `Logs of ${item.namespace}/${item.pod} container ${item.container} (${instance})`,
        fileName: `${item.pod}.${item.container}.${item.previous ? "previous" : "current"}.log`,
        source: { cluster, node: item.node, namespace: item.namespace, pod: item.pod, container: item.container },
      });
    }
    case "node-log": {
      const stream = await streamNodeLogs(connection, { node: item.node, service: item.service, ...(item.sinceTime ? { sinceTime: item.sinceTime } : {}), ...(item.untilTime ? { untilTime: item.untilTime } : {}) });
      return ingestStream(item, context, stream, { kind: "NODE_LOGS", title: `${item.service} log of node ${item.node}`, fileName: `${item.node}.${item.service}.log`, source: { cluster, node: item.node } });
    }
    case "events": {
      const events = await fetchEvents(connection, item.target);
      const name = "node" in item.target ? item.target.node : item.target.pod;
      return ingestJson(item, context, events, { kind: "EVENTS", title: `Events about ${name} (${events.items.length})`, fileName: `${name}.events.json`, source: { cluster, ...sourceOf(item.target) } });
    }
    case "manifests": {
      const manifests = await fetchManifests(connection, item.target);
      const name = "node" in item.target ? item.target.node : item.target.pod;
      return ingestJson(item, context, manifests, { kind: "OBJECT_MANIFEST", title: `Manifests of ${name} and its owners`, fileName: `${name}.manifests.json`, source: { cluster, ...sourceOf(item.target) } });
    }
    case "checkpoint": {
      const result = await checkpointContainer(connection, { namespace: item.namespace, pod: item.pod, container: item.container, node: item.node, ...(item.timeoutSeconds ? { timeoutSeconds: item.timeoutSeconds } : {}) });
      const stored = await recordEvidenceByReference(
        {
          incidentId: context.incidentId,
          kind: "CONTAINER_CHECKPOINT",
          title: `Checkpoint of ${item.namespace}/${item.pod} container ${item.container}`,
          description: "The archive holds the container's memory, including any secrets it held: handle it as sensitive.",
          source: { cluster, node: result.node, namespace: item.namespace, pod: item.pod, container: item.container },
          acquisitionMethod: `${item.method} ${item.path} (kubelet checkpoint API, KEP-2008)`,
          tags: [...TAGS, "sensitive"],
          reference: { provider: "kubelet", snapshotId: result.path, retainPolicy: `kept on node ${result.node} until removed from /var/lib/kubelet/checkpoints`, metadata: { node: result.node, archive: result.path } },
        },
        context.by,
      );
      return { status: 200, outcome: "applied", evidence: stored, note: `archive ${result.path} on node ${result.node}` };
    }
    case "volume-snapshot": {
      const created = await createVolumeSnapshot(connection, { namespace: item.namespace, pvcName: item.pvcName, incidentId: context.incidentId, requestedBy: context.requestedBy, ...(item.snapshotClassName ? { snapshotClassName: item.snapshotClassName } : {}) });
      const ready = await waitForSnapshotReady(connection, created, { sleep: context.sleep });
      const stored = await recordEvidenceByReference(
        {
          incidentId: context.incidentId,
          kind: "VOLUME_SNAPSHOT",
          title: `Snapshot of volume claim ${item.namespace}/${item.pvcName}`,
          source: { cluster, node: item.node, namespace: item.namespace, pod: item.pod },
          acquisitionMethod: `${item.method} ${item.path} (CSI VolumeSnapshot, class ${created.snapshotClass.name})`,
          tags: TAGS,
          reference: {
            provider: `csi:${created.snapshotClass.driver}`,
            snapshotId: `${ready.namespace}/${ready.name}`,
            diskId: `${item.namespace}/${item.pvcName}`,
            retainPolicy: created.snapshotClass.deletionPolicy,
            metadata: { volumeSnapshotClass: created.snapshotClass.name, contentName: ready.contentName, restoreSize: ready.restoreSize, creationTime: ready.creationTime },
          },
        },
        context.by,
      );
      return { status: created.created ? 201 : 200, outcome: created.created ? "applied" : "already-done", evidence: stored, note: `VolumeSnapshot ${ready.namespace}/${ready.name} ready${created.created ? "" : " (it already existed)"}` };
    }
    case "node-disk-snapshot":
      return collectNodeDisk(item, context);
  }
}
