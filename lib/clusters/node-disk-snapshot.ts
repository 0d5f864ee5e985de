import "server-only";
// Cloud disk snapshots of a node (GCE disks.createSnapshot, AWS
// CreateSnapshots) go through the provider's own SDK. Cordon ships none, so
// providers plug in here; without one the action fails with a clear answer
// rather than pretending.

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
  /** What else was done to keep the instance, e.g. "termination protection on". */
  protections: string[];
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

const holder = globalThis as unknown as { cordonDiskProviders?: Map<string, NodeDiskSnapshotProvider> };
const providers = () => (holder.cordonDiskProviders ??= new Map());

export function registerNodeDiskSnapshotProvider(provider: NodeDiskSnapshotProvider): () => void {
  providers().set(provider.scheme, provider);
  return () => {
    if (providers().get(provider.scheme) === provider) providers().delete(provider.scheme);
  };
}

/** The provider schemes configured in this process, e.g. ["gce"]. */
export function nodeDiskSnapshotSchemes(): string[] {
  return [...providers().keys()];
}

export function schemeOf(providerId: string): string | undefined {
  return /^([a-z0-9-]+):\/\//i.exec(providerId)?.[1]?.toLowerCase();
}

export function findNodeDiskSnapshotProvider(node: string, providerId: string | undefined): NodeDiskSnapshotProvider {
  const scheme = providerId ? schemeOf(providerId) : undefined;
  const provider = scheme ? providers().get(scheme) : undefined;
  if (provider) return provider;
  const runsOn = providerId ? `node ${node} runs on "${providerId}"` : `node ${node} has no spec.providerID`;
  throw new NodeDiskSnapshotError(
    `no cloud provider configured for this cluster: ${runsOn}, and Cordon has no disk-snapshot provider for it (the GCE and AWS SDKs are not installed). Snapshot the node's disks with the provider's console or CLI, protect the instance from termination, and record the snapshot ids as evidence.`,
  );
}
