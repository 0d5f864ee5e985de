// Every column that holds a value sealed by lib/secrets/secret-box, with the
// name an administrator knows the row by. A new sealed column must be added
// here, or a key rotation would leave it readable only with the old key
// (sealed-columns.test.ts compares this list with the schema).
export type SealedColumn = { table: string; key: string; column: string; label: string; describe: string };

export const SEALED_COLUMNS: SealedColumn[] = [
  { table: "clusters", key: "id", column: "kubeconfig_encrypted", label: "name", describe: "kubeconfig of cluster" },
  {
    table: "cluster_cloud_providers",
    key: "cluster_id",
    column: "credentials_encrypted",
    label: "(select name from clusters where clusters.id = cluster_id)",
    describe: "cloud provider credentials of cluster",
  },
  { table: "notify_channels", key: "id", column: "secrets_sealed", label: "name", describe: "secrets of channel" },
  { table: "notify_channels", key: "id", column: "previous_secret_sealed", label: "name", describe: "previous signing secret of channel" },
];
