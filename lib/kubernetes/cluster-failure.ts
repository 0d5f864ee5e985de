import "server-only";
// What went wrong talking to a cluster, as a cause a person can act on. The
// API server's Status body carries the detail (the verb RBAC denied, the
// PDB that refused); this turns it into a sentence and keeps the facts.

export type FailureCause =
  | "unreachable"
  | "tls"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "already-exists"
  | "pdb-blocked"
  | "rate-limited"
  | "invalid"
  | "bad-request"
  | "server-error"
  | "unexpected";

export interface MissingPermission {
  user?: string;
  verb: string;
  resource: string;
  subresource?: string;
  group: string;
  namespace?: string;
}

export interface ClusterFailure {
  cause: FailureCause;
  /** 0 when no HTTP answer arrived. */
  status: number;
  message: string;
  retryable: boolean;
  /** The API's Status reason (NotFound, Conflict, …) when there was one. */
  reason?: string;
  /** The server's own words: the Status message, or the text a kubelet answered. */
  detail?: string;
  missingPermission?: MissingPermission;
  /** Server-suggested wait, from Status details.retryAfterSeconds. */
  retryAfterSeconds?: number;
}

export class ClusterError extends Error {
  constructor(readonly failure: ClusterFailure) {
    super(failure.message);
    this.name = "ClusterError";
  }
}

interface StatusBody {
  kind?: string;
  message?: string;
  reason?: string;
  details?: { name?: string; kind?: string; causes?: { message?: string }[]; retryAfterSeconds?: number };
}

function statusOf(body: unknown): StatusBody | undefined {
  return typeof body === "object" && body !== null && (body as StatusBody).kind === "Status" ? (body as StatusBody) : undefined;
}

const FORBIDDEN = /User "([^"]*)" cannot (\S+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]*)")?/;

export function parseMissingPermission(message: string): MissingPermission | undefined {
  const match = FORBIDDEN.exec(message);
  if (!match) return undefined;
  const [, user, verb = "", resourcePath = "", group = "", namespace] = match;
  const [resource = "", subresource] = resourcePath.split("/");
  return { ...(user ? { user } : {}), verb, resource, ...(subresource ? { subresource } : {}), group, ...(namespace ? { namespace } : {}) };
}

export function describePermission(permission: MissingPermission): string {
  const resource = permission.subresource ? `${permission.resource}/${permission.subresource}` : permission.resource;
  const group = permission.group ? ` in API group ${permission.group}` : "";
  const scope = permission.namespace ? ` in namespace ${permission.namespace}` : "";
  return `${permission.verb} ${resource}${group}${scope}`;
}

function singular(kind: string | undefined): string {
  if (!kind) return "object";
  const plain = kind.split(".")[0] ?? kind;
  if (plain.endsWith("ies")) return `${plain.slice(0, -3)}y`;
  return plain.endsWith("s") ? plain.slice(0, -1) : plain;
}

function textOf(body: unknown): string {
  if (typeof body === "string") return body.trim().slice(0, 500);
  return statusOf(body)?.message ?? "";
}

export interface RequestDescription {
  method: string;
  path: string;
}

/** The failure for an HTTP answer that was not a success. */
export function describeHttpFailure(status: number, body: unknown, request: RequestDescription): ClusterFailure {
  const parsed = statusOf(body);
  const detail = textOf(body);
  const base = { status, ...(parsed?.reason ? { reason: parsed.reason } : {}), ...(detail ? { detail } : {}) };
  const call = `${request.method} ${request.path}`;
  if (status === 401) {
    return { ...base, cause: "unauthorized", retryable: false, message: "the cluster rejected Cordon's credentials (401 Unauthorized): the token or client certificate has expired or was revoked; update the cluster's kubeconfig" };
  }
  if (status === 403) {
    const permission = parseMissingPermission(detail);
    const message = permission
      ? `Cordon is not allowed to ${describePermission(permission)} (403 Forbidden for ${permission.user ?? "its account"}); grant it in Cordon's ClusterRole (deploy/cordon-rbac.yaml)`
      : `the cluster refused ${call} (403 Forbidden): ${detail}`;
    return { ...base, cause: "forbidden", retryable: false, message, ...(permission ? { missingPermission: permission } : {}) };
  }
  if (status === 404) {
    const name = parsed?.details?.name;
    const message = name
      ? `${singular(parsed?.details?.kind)} ${name} no longer exists on the cluster (404): it was deleted or never existed`
      : `the cluster does not serve ${request.path} (404${detail ? `: ${detail}` : ""})`;
    return { ...base, cause: "not-found", retryable: false, message };
  }
  if (status === 409) {
    const exists = parsed?.reason === "AlreadyExists";
    return {
      ...base,
      cause: exists ? "already-exists" : "conflict",
      retryable: !exists,
      message: exists ? `${detail} (409)` : `${detail || "conflict"} (409: another writer changed it at the same time)`,
    };
  }
  if (status === 429) {
    const budget = parsed?.details?.causes?.find((cause) => cause.message)?.message;
    const retryAfter = parsed?.details?.retryAfterSeconds;
    const isEviction = request.path.endsWith("/eviction");
    return {
      ...base,
      cause: isEviction ? "pdb-blocked" : "rate-limited",
      retryable: true,
      message: isEviction
        ? `eviction refused by a PodDisruptionBudget (429): ${budget ?? detail}`
        : `the API server is rate limiting Cordon (429): ${detail}`,
      ...(retryAfter ? { retryAfterSeconds: retryAfter } : {}),
    };
  }
  if (status === 422) return { ...base, cause: "invalid", retryable: false, message: `the cluster refused ${call} as invalid (422): ${detail}` };
  if (status >= 400 && status < 500) return { ...base, cause: "bad-request", retryable: false, message: `the cluster refused ${call} (${status}): ${detail}` };
  if (status >= 500) {
    return { ...base, cause: "server-error", retryable: status === 502 || status === 503 || status === 504, message: `the API server failed on ${call} (${status}): ${detail}` };
  }
  return { ...base, cause: "unexpected", retryable: false, message: `unexpected answer to ${call} (${status}): ${detail}` };
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|HOSTNAME/;

function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The failure for a request that got no HTTP answer at all. */
export function describeTransportFailure(error: unknown, server: string, timeoutMs: number): ClusterFailure {
  const base = { status: 0, retryable: true };
  const name = (error as { name?: unknown } | null)?.name;
  const code = codeOf(error);
  if (name === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "ETIMEDOUT") {
    return { ...base, cause: "unreachable", message: `cluster unreachable: no answer from ${server} within ${timeoutMs} ms` };
  }
  if (code === "ECONNREFUSED") return { ...base, cause: "unreachable", message: `cluster unreachable: ${server} refused the connection (ECONNREFUSED); is the API server up and the address right?` };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return { ...base, cause: "unreachable", message: `cluster unreachable: the host of ${server} could not be resolved (${code})` };
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET" || code === "EHOSTUNREACH" || code === "ENETUNREACH") {
    return { ...base, cause: "unreachable", message: `cluster unreachable: the connection to ${server} failed (${code})` };
  }
  if (code && TLS_CODES.test(code)) {
    return { ...base, retryable: false, cause: "tls", message: `TLS verification of ${server} failed (${code}): check certificate-authority-data in the kubeconfig` };
  }
  const detail = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return { ...base, cause: "unreachable", message: `cluster unreachable: ${server}: ${detail}${code ? ` (${code})` : ""}` };
}
