import "server-only";
import { NodeDiskSnapshotError } from "../../node-disk-snapshot";

// What AWS's answer means for a person: credentials rejected, a missing IAM
// permission, an instance that is not there, an endpoint that does not answer.

type AwsishError = Error & { code?: string; $metadata?: { httpStatusCode?: number }; cause?: { code?: string } };

const CREDENTIALS_REJECTED = new Set(["AuthFailure", "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException", "ExpiredToken", "RequestExpired", "InvalidAccessKeyId", "IncompleteSignature"]);
const NOT_ALLOWED = new Set(["UnauthorizedOperation", "AccessDenied", "AccessDeniedException", "OptInRequired", "Blocked"]);
const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH", "TimeoutError"]);

/** `what`: the call in words; `permission`: the IAM action it needs, e.g. ec2:CreateSnapshots. */
export function awsFailure(error: unknown, what: string, permission: string, endpoint: string): NodeDiskSnapshotError {
  if (error instanceof NodeDiskSnapshotError) return error;
  const failure = error as AwsishError;
  const code = failure.code ?? failure.cause?.code ?? failure.name;
  if (NETWORK.has(code) || NETWORK.has(failure.name)) return new NodeDiskSnapshotError(`AWS: could not reach ${endpoint} to ${what} (${code})`);
  const status = failure.$metadata?.httpStatusCode;
  const answer = `${failure.name}${status ? ` ${status}` : ""}: ${failure.message}`;
  if (CREDENTIALS_REJECTED.has(failure.name)) return new NodeDiskSnapshotError(`AWS rejected the access key configured for this cluster when trying to ${what} (${answer}); replace it under the cluster's cloud provider`);
  if (NOT_ALLOWED.has(failure.name)) return new NodeDiskSnapshotError(`AWS: the access key may not ${what}: it needs ${permission} (${answer})`);
  if (failure.name.startsWith("InvalidInstanceID")) return new NodeDiskSnapshotError(`AWS: could not ${what}: the instance was not found (${answer}); check the region`);
  return new NodeDiskSnapshotError(`AWS: could not ${what} (${answer})`);
}

export async function awsCall<T>(what: string, permission: string, endpoint: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw awsFailure(error, what, permission, endpoint);
  }
}

/** A dry run that AWS accepts answers with the DryRunOperation error; anything else is the failure. */
export async function awsDryRun(what: string, permission: string, endpoint: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if ((error as Error).name === "DryRunOperation") return;
    throw awsFailure(error, what, permission, endpoint);
  }
  throw new NodeDiskSnapshotError(`AWS: the dry run to ${what} was carried out instead of being refused with DryRunOperation; check the endpoint`);
}
