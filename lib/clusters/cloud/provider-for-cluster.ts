import "server-only";
import { NodeDiskSnapshotError, type NodeDiskSnapshotProvider } from "../node-disk-snapshot";
import { CLOUD_LABELS } from "./cloud-config";
import { loadCloudConfig } from "./load-cloud-config";
import { schemeOf } from "./provider-id";

export interface ClusterRef {
  clusterId: string;
  clusterName: string;
}

/**
 * The disk-snapshot provider for a node, from its cluster's stored cloud
 * settings, matched against the scheme of the node's spec.providerID. Each
 * refusal says what to do instead.
 */
export async function nodeDiskSnapshotProviderFor(cluster: ClusterRef, node: string, providerId: string | undefined): Promise<NodeDiskSnapshotProvider> {
  const config = await loadCloudConfig(cluster.clusterId, cluster.clusterName);
  if (!providerId) throw new NodeDiskSnapshotError(`node ${node} has no spec.providerID, so Cordon cannot tell which cloud instance it is; snapshot its disks with the provider's console or CLI and record the snapshot ids as evidence`);
  if (!config) {
    throw new NodeDiskSnapshotError(
      `no cloud provider configured for this cluster: node ${node} runs on "${providerId}". An administrator sets the cluster's cloud provider (Clusters → ${cluster.clusterName} → Cloud provider); until then, snapshot the node's disks with the provider's console or CLI, protect the instance from termination, and record the snapshot ids as evidence.`,
    );
  }
  const scheme = schemeOf(providerId);
  if (scheme !== config.kind) {
    throw new NodeDiskSnapshotError(`node ${node} runs on "${providerId}", but cluster ${cluster.clusterName} is configured for ${CLOUD_LABELS[config.kind]} (${config.kind}); change the cluster's cloud provider or snapshot this node by hand`);
  }
  // Each cloud's SDK is large: loaded only for a cluster that uses it.
  if (config.kind === "gce") return (await import("./gce/gce-disk-snapshot")).createGceDiskSnapshotProvider(config);
  return (await import("./aws/aws-disk-snapshot")).createAwsDiskSnapshotProvider(config);
}
