import "server-only";
import { db, type Tx } from "@/lib/db";
import { openSecret, sealSecret } from "@/lib/secrets/secret-box";
import type { AwsCredentials, CloudConfig, GceCredentials } from "./cloud-config";
import { NodeDiskSnapshotError } from "../node-disk-snapshot";

export function sealCloudCredentials(credentials: GceCredentials | AwsCredentials): string {
  return sealSecret(JSON.stringify(credentials));
}

type Client = Tx | typeof db;

/**
 * The stored credentials, opened, for merging a change into (admin
 * operations only). Credentials that no longer decrypt (CORDON_SECRET_KEY
 * changed) are none to keep: the admin is asked for new ones.
 */
export async function readStoredCredentials(client: Client, clusterId: string): Promise<{ kind: string; credentials: Record<string, unknown> } | null> {
  const row = await client.clusterCloudProvider.findUnique({ where: { clusterId }, select: { kind: true, credentialsEncrypted: true } });
  if (!row) return null;
  try {
    return { kind: row.kind, credentials: JSON.parse(openSecret(row.credentialsEncrypted)) as Record<string, unknown> };
  } catch {
    return { kind: row.kind, credentials: {} };
  }
}

/**
 * The one place a cluster's cloud credentials are opened to call the
 * provider; they never leave this process. Null when none are configured.
 */
export async function loadCloudConfig(clusterId: string, clusterName: string): Promise<CloudConfig | null> {
  const row = await db.clusterCloudProvider.findUnique({ where: { clusterId }, select: { kind: true, settings: true, credentialsEncrypted: true } });
  if (!row) return null;
  let credentials: unknown;
  try {
    credentials = JSON.parse(openSecret(row.credentialsEncrypted));
  } catch {
    throw new NodeDiskSnapshotError(`the stored cloud credentials of cluster ${clusterName} cannot be decrypted (was CORDON_SECRET_KEY changed?); set the cluster's cloud provider again`);
  }
  return { kind: row.kind, settings: row.settings, credentials } as CloudConfig;
}
