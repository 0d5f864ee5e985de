import "server-only";
import { NodeDiskSnapshotError } from "../../node-disk-snapshot";

// What Google's answer means for a person: bad key, missing permission,
// instance not found, endpoint unreachable — in words, with the cause.

type GoogleishError = Error & {
  code?: number | string;
  status?: number;
  config?: { url?: string | URL };
  response?: { status?: number; data?: unknown };
  cause?: { code?: string; message?: string };
};

const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** The JSON error body Compute answers with: {"error": {"code", "message", "status"}}. */
function computeError(error: GoogleishError): { code?: number; message?: string; status?: string } | undefined {
  for (const candidate of [error.response?.data, error.message]) {
    try {
      const body = typeof candidate === "string" ? (JSON.parse(candidate) as unknown) : candidate;
      const inner = (body as { error?: unknown } | undefined)?.error;
      if (inner && typeof inner === "object") return inner as { code?: number; message?: string; status?: string };
    } catch {
      // not JSON: try the next form
    }
  }
  return undefined;
}

/** The HTTP status Compute answered with, if it answered. */
export function gceStatus(error: unknown): number | undefined {
  const failure = error as GoogleishError;
  const status = computeError(failure)?.code ?? failure.status ?? failure.response?.status;
  return typeof status === "number" ? status : undefined;
}

function networkCode(error: GoogleishError): string | undefined {
  const code = error.cause?.code ?? (typeof error.code === "string" ? error.code : undefined);
  if (code && NETWORK_CODES.has(code)) return code;
  return error.message === "fetch failed" ? (error.cause?.code ?? "no connection") : undefined;
}

/**
 * `what`: the call in words, e.g. "read instance worker-2 in europe-west1-b";
 * `permission`: the IAM permission that call needs.
 */
export function gceFailure(error: unknown, what: string, permission: string, endpoint: string): NodeDiskSnapshotError {
  if (error instanceof NodeDiskSnapshotError) return error;
  const failure = error as GoogleishError;
  const network = networkCode(failure);
  const url = String(failure.config?.url ?? "");
  if (url.includes("token") && !url.includes("/compute/")) {
    if (network) return new NodeDiskSnapshotError(`GCE: could not reach the token endpoint ${url} to sign in (${network})`);
    const body = failure.response?.data as { error?: string; error_description?: string } | undefined;
    const reason = body?.error ? `${body.error}${body.error_description ? `: ${body.error_description}` : ""}` : failure.message;
    return new NodeDiskSnapshotError(`GCE rejected the service account key configured for this cluster (${reason}); replace the key under the cluster's cloud provider`);
  }
  if (network) return new NodeDiskSnapshotError(`GCE: could not reach the Compute API at ${endpoint} to ${what} (${network})`);
  const status = gceStatus(failure);
  const message = computeError(failure)?.message ?? failure.message;
  if (status === 401) return new NodeDiskSnapshotError(`GCE rejected the service account's credentials when trying to ${what} (401 ${message}); replace the key under the cluster's cloud provider`);
  if (status === 403) return new NodeDiskSnapshotError(`GCE: the service account may not ${what}: it needs ${permission} (403 ${message})`);
  if (status === 404) return new NodeDiskSnapshotError(`GCE: could not ${what}: not found (404 ${message})`);
  return new NodeDiskSnapshotError(`GCE: could not ${what}: ${status ? `${status} ` : ""}${message}`);
}

/** Runs one Compute call, turning its failure into a plain answer. */
export async function gceCall<T>(what: string, permission: string, endpoint: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw gceFailure(error, what, permission, endpoint);
  }
}
