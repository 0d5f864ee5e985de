import "server-only";
import { db } from "@/lib/db";
import { recordEvidenceByReference } from "@/lib/evidence/record-evidence-by-reference";
import type { EvidenceRef } from "./action-view";
import { nodeDiskSnapshotProviderFor } from "./cloud/provider-for-cluster";
import type { CollectContext, ItemOutcome } from "./collect-context";
import { NodeDiskSnapshotError, type DiskSnapshot, type NodeDiskSnapshotResult } from "./node-disk-snapshot";
import type { CollectItem } from "./stored-plan";
import { countOf } from "@/lib/rules/text/plural";

type NodeDiskItem = Extract<CollectItem, { type: "node-disk-snapshot" }>;

const TAGS = ["cluster-action"];

async function snapshotWith(item: NodeDiskItem, context: CollectContext, dryRun: boolean): Promise<NodeDiskSnapshotResult> {
  const provider = await nodeDiskSnapshotProviderFor({ clusterId: context.clusterId, clusterName: context.clusterName }, item.node, item.providerId);
  return provider.snapshotNodeDisk({ incidentId: context.incidentId, node: item.node, providerId: item.providerId ?? "", requestedBy: context.requestedBy, dryRun });
}

/** The evidence already recorded for this snapshot (a retried job, or the same incident asking twice). */
async function recordedAlready(incidentId: string, result: NodeDiskSnapshotResult, snapshot: DiskSnapshot): Promise<EvidenceRef | null> {
  const row = await db.evidence.findFirst({
    where: { incidentId, kind: "NODE_DISK_SNAPSHOT", AND: [{ reference: { path: ["provider"], equals: result.provider } }, { reference: { path: ["snapshotId"], equals: snapshot.snapshotId } }] },
    select: { id: true, sha256: true, size: true },
  });
  return row ? { id: row.id, sha256: row.sha256, size: Number(row.size) } : null;
}

/** Snapshots the node's disks with the cluster's cloud provider and records each snapshot as evidence by reference. */
export async function collectNodeDisk(item: NodeDiskItem, context: CollectContext): Promise<ItemOutcome> {
  const result = await snapshotWith(item, context, false);
  let first: EvidenceRef | undefined;
  let recorded = 0;
  for (const snapshot of result.snapshots) {
    const existing = await recordedAlready(context.incidentId, result, snapshot);
    const stored =
      existing ??
      (await recordEvidenceByReference(
        {
          incidentId: context.incidentId,
          kind: "NODE_DISK_SNAPSHOT",
          title: `Disk snapshot of node ${item.node} (${snapshot.diskId})`,
          source: { cluster: context.clusterName, node: item.node },
          acquisitionMethod: `${result.provider} disk snapshot through its SDK`,
          tags: TAGS,
          reference: { provider: result.provider, snapshotId: snapshot.snapshotId, diskId: snapshot.diskId, region: snapshot.region, zone: snapshot.zone, retainPolicy: snapshot.retainPolicy, metadata: snapshot.metadata },
        },
        context.by,
      ));
    if (!existing) recorded += 1;
    first ??= stored;
  }
  const already = result.snapshots.length - recorded;
  const counted = `${countOf(recorded, "disk snapshot")} recorded${already ? `, ${already} already on the record` : ""}`;
  if (result.problems?.length) {
    throw new NodeDiskSnapshotError(`${counted}, but: ${result.problems.join("; ")}`);
  }
  const note = `${counted}${result.protections.length ? `; ${result.protections.join("; ")}` : ""}`;
  return { status: 200, outcome: recorded > 0 ? "applied" : "already-done", note, ...(first ? { evidence: first } : {}) };
}

/** What a snapshot would do, in words; the provider reads (and on AWS dry-runs) but changes nothing. */
export async function previewNodeDisk(item: NodeDiskItem, context: CollectContext): Promise<{ status: number; note: string }> {
  const result = await snapshotWith(item, context, true);
  const disks = result.snapshots.map((s) => `${s.diskId} as ${s.snapshotId}`).join(", ");
  const parts = [`${result.provider} would snapshot ${disks || "no disks"}`, ...result.protections, ...(result.problems ?? [])];
  return { status: 200, note: `${parts.join("; ")}; nothing was changed` };
}
