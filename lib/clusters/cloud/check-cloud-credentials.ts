import "server-only";
import type { AwsCredentials, AwsSettings, GceCredentials, GceSettings } from "./cloud-config";
import type { CloudKind } from "./provider-id";

/** The outcome of checking credentials live: whom they sign in as, or what is wrong and with which field. */
export type CredentialCheck = { ok: true; checkedAs: string } | { ok: false; field: string; message: string };

/**
 * Checks a cloud provider's credentials with one read-only call to the
 * provider (network I/O: never inside a database transaction). Each cloud's
 * SDK is large: loaded only for the kind being checked.
 */
export async function checkCloudCredentials(kind: CloudKind, settings: GceSettings | AwsSettings, credentials: GceCredentials | AwsCredentials): Promise<CredentialCheck> {
  if (kind === "gce") return (await import("./gce/gce-check")).checkGceCredentials(settings as GceSettings, credentials as GceCredentials);
  return (await import("./aws/aws-check")).checkAwsCredentials(settings as AwsSettings, credentials as AwsCredentials);
}
