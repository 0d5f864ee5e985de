import "server-only";
// Cloud disk snapshots of a node (GCE disks.createSnapshot, AWS
// CreateSnapshots) go through the provider's own SDK. Which provider, and
// with which credentials, comes from the cluster's stored cloud settings
// (see cloud/provider-for-cluster.ts); without them the action fails with a
// clear answer rather than pretending.

export interface NodeDiskSnapshotRequest {
  incidentId: string;
  node: string;
  /** The node's spec.providerID, e.g. gce://project/zone/instance or aws:///zone/i-0abc. */
  providerId: string;
  requestedBy: string;
  /** Validate and report what would be done, changing nothing. */
  dryRun: boolean;
}

export interface DiskSnapshot {
  diskId: string;
  snapshotId: string;
  region?: string;
  zone?: string;
  /** How long the provider keeps it, e.g. "until deleted by hand". */
  retainPolicy: string;
  metadata: Record<string, unknown>;
}

export interface NodeDiskSnapshotResult {
  provider: string;
  snapshots: DiskSnapshot[];
  /** What else was done to keep the instance, e.g. "termination protection on" (in a preview: what would be). */
  protections: string[];
  /**
   * What could not be done once the snapshots were taken (protecting the
   * instance, say): the snapshots are still recorded, and the action fails
   * with these so a person finishes the job by hand.
   */
  problems?: string[];
}

export interface NodeDiskSnapshotProvider {
  /** e.g. "gce", "aws"; matched against the providerID's scheme. */
  readonly scheme: string;
  snapshotNodeDisk(request: NodeDiskSnapshotRequest): Promise<NodeDiskSnapshotResult>;
}

export class NodeDiskSnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NodeDiskSnapshotError";
  }
}
