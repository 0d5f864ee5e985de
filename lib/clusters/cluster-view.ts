import "server-only";
import { CLOUD_PROVIDER_SELECT, toCloudProviderView } from "./cloud/cloud-provider-view";
import { withDiskSnapshotProvider, type ClusterCheck } from "./summarize-check";

// Everything the API shows about a cluster. The kubeconfig and the cloud
// credentials are not selected (and are omitted globally besides): they never
// leave the server.
export const CLUSTER_SELECT = {
  id: true,
  name: true,
  credentialKind: true,
  serverUrl: true,
  serverVersion: true,
  lastCheck: true,
  lastCheckedAt: true,
  isSandbox: true,
  createdAt: true,
  updatedAt: true,
  cloudProvider: { select: CLOUD_PROVIDER_SELECT },
} as const;

type ClusterRow = {
  id: string;
  name: string;
  credentialKind: string;
  serverUrl: string | null;
  serverVersion: string | null;
  lastCheck: unknown;
  lastCheckedAt: Date | null;
  isSandbox: boolean;
  createdAt: Date;
  updatedAt: Date;
  cloudProvider: { kind: string; settings: unknown; checkedAt: Date | null; checkedAs: string | null; updatedAt: Date } | null;
};

export function toClusterView(row: ClusterRow) {
  const cloudProvider = toCloudProviderView(row.cloudProvider);
  // Whether disk snapshots can work depends on the provider configured now,
  // not on the one configured when the connection was last tested.
  const lastCheck = withDiskSnapshotProvider((row.lastCheck ?? null) as ClusterCheck | null, cloudProvider?.kind);
  return { ...row, cloudProvider, lastCheck };
}

export type ClusterView = ReturnType<typeof toClusterView>;
