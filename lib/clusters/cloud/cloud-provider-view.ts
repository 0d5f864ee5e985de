import "server-only";
import type { CloudKind } from "./provider-id";

// What the API shows about a cluster's cloud provider: the kind, the
// settings an admin typed (no secret among them) and whether credentials are
// stored — never the credentials. The ciphertext is not selected (and is
// omitted globally besides).
export const CLOUD_PROVIDER_SELECT = { kind: true, settings: true, checkedAt: true, checkedAs: true, updatedAt: true } as const;

type CloudProviderRow = { kind: string; settings: unknown; checkedAt: Date | null; checkedAs: string | null; updatedAt: Date };

export interface CloudProviderView {
  kind: CloudKind;
  project?: string;
  region?: string;
  roleArn?: string;
  apiEndpoint?: string;
  serviceAccountEmail?: string;
  /** A row exists only with credentials; "set" says so without a hint of them. */
  credentials: "set";
  /** When the credentials last passed a live check; null if stored before checks existed. */
  checkedAt: Date | null;
  /** Whom that check signed in as: the service account email, or the caller's (or assumed role's) ARN. */
  checkedAs: string | null;
  updatedAt: Date;
}

const SHOWN = ["project", "region", "roleArn", "apiEndpoint", "serviceAccountEmail"] as const;

export function toCloudProviderView(row: CloudProviderRow | null): CloudProviderView | null {
  if (!row) return null;
  const settings = (row.settings ?? {}) as Record<string, unknown>;
  const shown = Object.fromEntries(SHOWN.flatMap((field) => (typeof settings[field] === "string" ? [[field, settings[field]]] : [])));
  return { kind: row.kind as CloudKind, ...shown, credentials: "set", checkedAt: row.checkedAt, checkedAs: row.checkedAs, updatedAt: row.updatedAt };
}
