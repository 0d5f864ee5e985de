import "server-only";
import { createVolumeSnapshot, streamNodeLogs } from "@/lib/kubernetes/collect";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import type { CollectContext } from "./collect-context";
import { previewNodeDisk } from "./collect-node-disk";
import type { CollectItem } from "./stored-plan";

/**
 * The preview of one collection item: what can be checked without taking
 * anything is checked (a server-side dry run of the snapshot, whether the
 * node answers log queries); nothing becomes evidence.
 */
export async function previewItem(connection: KubeConnection, item: CollectItem, context: CollectContext): Promise<{ status: number; note: string }> {
  switch (item.type) {
    case "volume-snapshot": {
      const checked = await createVolumeSnapshot(connection, {
        namespace: item.namespace,
        pvcName: item.pvcName,
        incidentId: context.incidentId,
        requestedBy: context.requestedBy,
        dryRun: true,
        ...(item.snapshotClassName ? { snapshotClassName: item.snapshotClassName } : {}),
      });
      return { status: 201, note: `the API server accepts a VolumeSnapshot with class ${checked.snapshotClass.name} (deletionPolicy ${checked.snapshotClass.deletionPolicy}); nothing was created` };
    }
    case "node-disk-snapshot":
      return previewNodeDisk(item, context);
    case "node-log": {
      const probe = await streamNodeLogs(connection, { node: item.node, service: item.service, tailLines: 1 });
      probe.destroy();
      return { status: 200, note: "the node answers log queries; nothing was collected" };
    }
    case "checkpoint":
      return { status: 0, note: `the kubelet has no dry run for checkpoints: Cordon checked that the pod runs on node ${item.node} with container ${item.container}, and sent nothing` };
    default:
      return { status: 0, note: "a read: nothing is collected in a preview" };
  }
}
