import "server-only";
// A connection to one cluster: a client-node KubeConfig (for TLS and auth),
// built from a stored kubeconfig or the in-cluster service account, plus
// the request defaults every call uses. Nothing here talks to the cluster.
import { KubeConfig } from "@kubernetes/client-node";
import type { Dispatcher } from "undici";
import { parse } from "yaml";

export interface KubeConnection {
  readonly kc: KubeConfig;
  /** API server base URL, no trailing slash. */
  readonly server: string;
  readonly context: string;
  /** Per-request timeout unless a call says otherwise. */
  readonly timeoutMs: number;
  /** TLS dispatcher, made once per connection (see kube-request.ts). */
  dispatcher?: Dispatcher;
}

export class KubeConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KubeConfigError";
  }
}

export interface ConnectOptions {
  timeoutMs?: number;
  /**
   * Kubeconfigs come from users: by default one that runs a command (exec,
   * auth-provider) or reads files on the Cordon server is refused. Only for
   * operator-provided configs.
   */
  allowLocalCredentials?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

type Entry = Record<string, unknown>;

const isRecord = (value: unknown): value is Entry => typeof value === "object" && value !== null && !Array.isArray(value);

function named(list: unknown, name: string, field: string): Entry | undefined {
  if (!Array.isArray(list)) return undefined;
  const found = list.find((item) => isRecord(item) && item.name === name);
  return isRecord(found) && isRecord(found[field]) ? found[field] : undefined;
}

function names(list: unknown): string {
  const all = Array.isArray(list) ? list.filter(isRecord).map((item) => String(item.name)) : [];
  return all.length > 0 ? all.join(", ") : "(none defined)";
}

function refuseLocalCredentials(cluster: Entry, user: Entry): void {
  const problems: string[] = [];
  if (user.exec !== undefined) problems.push("runs a command (users[].user.exec)");
  if (user["auth-provider"] !== undefined) problems.push("uses an auth-provider plugin");
  for (const field of ["tokenFile", "client-certificate", "client-key"]) {
    if (user[field] !== undefined) problems.push(`reads a file (users[].user.${field})`);
  }
  if (cluster["certificate-authority"] !== undefined) problems.push("reads a file (clusters[].cluster.certificate-authority)");
  if (problems.length > 0) {
    throw new KubeConfigError(
      `the kubeconfig ${problems.join(" and ")} on the Cordon server, which is not allowed; embed the credentials instead (token, client-certificate-data, client-key-data, certificate-authority-data), e.g. a token for the service account in deploy/cordon-rbac.yaml`,
    );
  }
}

/** Checks what client-node would only fail on later, with messages a person can act on. */
function checkKubeconfig(document: unknown, options: ConnectOptions): void {
  if (!isRecord(document)) throw new KubeConfigError("the kubeconfig is not a YAML mapping with clusters, contexts and users");
  const current = document["current-context"];
  if (typeof current !== "string" || current === "") {
    throw new KubeConfigError(`the kubeconfig has no current context: set current-context to one of: ${names(document.contexts)}`);
  }
  const context = named(document.contexts, current, "context");
  if (!context) throw new KubeConfigError(`the current context "${current}" is not defined in contexts (defined: ${names(document.contexts)})`);
  const clusterName = String(context.cluster ?? "");
  const cluster = named(document.clusters, clusterName, "cluster");
  if (!cluster) throw new KubeConfigError(`context "${current}" refers to cluster "${clusterName}", which the kubeconfig does not define`);
  const server = cluster.server;
  if (typeof server !== "string" || server.trim() === "") throw new KubeConfigError(`server URL missing: cluster "${clusterName}" has no server`);
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new KubeConfigError(`server URL "${server}" of cluster "${clusterName}" is not a valid URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new KubeConfigError(`server URL "${server}" must use https`);
  if (url.protocol === "http:" && cluster["insecure-skip-tls-verify"] !== true) {
    throw new KubeConfigError(`server URL "${server}" uses plain http, which client-node only allows with insecure-skip-tls-verify: true; use https`);
  }
  const userName = String(context.user ?? "");
  const user = named(document.users, userName, "user") ?? {};
  if (!options.allowLocalCredentials) refuseLocalCredentials(cluster, user);
}

function finish(kc: KubeConfig, options: ConnectOptions): KubeConnection {
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new KubeConfigError("server URL missing for the current context");
  return { kc, server: cluster.server.replace(/\/+$/, ""), context: kc.getCurrentContext(), timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
}

export function connectWithKubeconfig(text: string, options: ConnectOptions = {}): KubeConnection {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new KubeConfigError(`the kubeconfig is not YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  checkKubeconfig(document, options);
  const kc = new KubeConfig();
  try {
    kc.loadFromString(text);
  } catch (error) {
    throw new KubeConfigError(`the kubeconfig is not valid: ${error instanceof Error ? error.message : String(error)}`);
  }
  return finish(kc, options);
}

/** Cordon running as a pod: the mounted service-account token, refreshed on each request by client-node. */
export function connectInCluster(options: ConnectOptions = {}): KubeConnection {
  if (!process.env.KUBERNETES_SERVICE_HOST || !process.env.KUBERNETES_SERVICE_PORT) {
    throw new KubeConfigError("not running inside a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set");
  }
  const kc = new KubeConfig();
  kc.loadFromCluster();
  return finish(kc, options);
}

/** Closes pooled TLS connections; the connection must not be used afterwards. */
export async function closeConnection(connection: KubeConnection): Promise<void> {
  const dispatcher = connection.dispatcher;
  connection.dispatcher = undefined;
  await dispatcher?.close();
}
