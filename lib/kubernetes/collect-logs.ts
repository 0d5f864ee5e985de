import "server-only";
// Logs as evidence, streamed straight through: the caller hashes and stores
// them while they arrive, so a large log never sits in memory.
import type { Readable } from "node:stream";
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { openKubeStream } from "./kube-request";

const seg = encodeURIComponent;

export interface PodLogRequest {
  namespace: string;
  pod: string;
  container: string;
  /** The previous (crashed or restarted) instance of the container. */
  previous?: boolean;
  timestamps?: boolean;
  sinceTime?: string;
}

async function rewordNotFound(open: Promise<Readable>, reword: (error: ClusterError) => ClusterError | undefined): Promise<Readable> {
  try {
    return await open;
  } catch (error) {
    if (error instanceof ClusterError) throw reword(error) ?? error;
    throw error;
  }
}

export function streamPodLogs(connection: KubeConnection, request: PodLogRequest): Promise<Readable> {
  const open = openKubeStream(connection, {
    path: `/api/v1/namespaces/${seg(request.namespace)}/pods/${seg(request.pod)}/log`,
    query: {
      container: request.container,
      timestamps: String(request.timestamps ?? true),
      previous: String(request.previous ?? false),
      ...(request.sinceTime ? { sinceTime: request.sinceTime } : {}),
    },
  });
  return rewordNotFound(open, (error) => {
    if (error.failure.status === 400 && /previous terminated container/.test(error.message)) {
      return new ClusterError({
        ...error.failure,
        cause: "not-found",
        message: `container ${request.container} of pod ${request.namespace}/${request.pod} has no previous instance (it has not restarted), so there are no previous logs`,
      });
    }
    return undefined;
  });
}

export interface NodeLogRequest {
  node: string;
  /** A journald unit or a file under /var/log, e.g. "kubelet". */
  service: string;
  sinceTime?: string;
  untilTime?: string;
  tailLines?: number;
}

/** KEP-2258 node log query through the API server's node proxy. */
export function streamNodeLogs(connection: KubeConnection, request: NodeLogRequest): Promise<Readable> {
  const open = openKubeStream(connection, {
    path: `/api/v1/nodes/${seg(request.node)}/proxy/logs/`,
    query: {
      query: request.service,
      ...(request.sinceTime ? { sinceTime: request.sinceTime } : {}),
      ...(request.untilTime ? { untilTime: request.untilTime } : {}),
      ...(request.tailLines !== undefined ? { tailLines: String(request.tailLines) } : {}),
    },
  });
  return rewordNotFound(open, (error) => {
    // The kubelet's plain-text 404 (not the API server's Status) means the endpoint is off.
    if (error.failure.status === 404 && error.failure.reason === undefined) {
      return new ClusterError({
        ...error.failure,
        message: `node log query is not enabled on node ${request.node}: turn on the NodeLogQuery feature gate and set enableSystemLogQuery: true in the kubelet configuration, or collect the node's logs with the cloud provider's tools`,
      });
    }
    return undefined;
  });
}
