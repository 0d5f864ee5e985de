import "server-only";
import type { ClusterCheck } from "./summarize-check";

// Everything the API shows about a cluster. The kubeconfig is not selected
// (and is omitted globally besides): it never leaves the server.
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
};

export function toClusterView(row: ClusterRow) {
  return { ...row, lastCheck: (row.lastCheck ?? null) as ClusterCheck | null };
}

export type ClusterView = ReturnType<typeof toClusterView>;
