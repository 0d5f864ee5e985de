import "server-only";
// A container checkpoint (KEP-2008) through the kubelet API: the kubelet
// writes a tar of the container's state — memory included, so secrets too —
// under /var/lib/kubelet/checkpoints on the node and returns its path.
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { readJson, sendKubeRequest } from "./kube-request";

const seg = encodeURIComponent;

export interface CheckpointRequest {
  namespace: string;
  pod: string;
  container: string;
  /** Read from the pod when not given. */
  node?: string;
  /** The kubelet's own timeout for the checkpoint. */
  timeoutSeconds?: number;
}

export interface CheckpointResult {
  node: string;
  /** Path of the archive on the node, to fetch or snapshot from there. */
  path: string;
}

async function nodeOfPod(connection: KubeConnection, namespace: string, pod: string): Promise<string> {
  const object = (await readJson(connection, `/api/v1/namespaces/${seg(namespace)}/pods/${seg(pod)}`)) as { spec?: { nodeName?: string } };
  const node = object.spec?.nodeName;
  if (!node) throw new Error(`pod ${namespace}/${pod} is not running on any node, so there is nothing to checkpoint`);
  return node;
}

function explain(error: ClusterError, node: string, request: CheckpointRequest): ClusterError {
  const { failure } = error;
  const kubelet = failure.reason === undefined;
  let message: string | undefined;
  const said = failure.detail ?? failure.message;
  if (failure.status === 404 && kubelet && /404 page not found/.test(said)) {
    message = `the ContainerCheckpoint feature gate is off on node ${node}: the kubelet has no checkpoint endpoint (enable the gate; it is beta and on by default from Kubernetes 1.30)`;
  } else if (failure.status === 404 && kubelet) {
    message = `the kubelet on node ${node} does not know container ${request.container} of pod ${request.namespace}/${request.pod}: ${said}`;
  } else if (failure.status === 500) {
    message = `the container runtime on node ${node} does not support checkpoints (it needs CRIU support enabled): ${said}`;
  }
  return message ? new ClusterError({ ...failure, message }) : error;
}

export async function checkpointContainer(connection: KubeConnection, request: CheckpointRequest): Promise<CheckpointResult> {
  const node = request.node ?? (await nodeOfPod(connection, request.namespace, request.pod));
  const timeoutSeconds = request.timeoutSeconds ?? 60;
  const response = await sendKubeRequest(connection, {
    method: "POST",
    path: `/api/v1/nodes/${seg(node)}/proxy/checkpoint/${seg(request.namespace)}/${seg(request.pod)}/${seg(request.container)}`,
    query: { timeout: String(timeoutSeconds) },
    // The kubelet may take its whole timeout; leave room for the answer.
    timeoutMs: (timeoutSeconds + 15) * 1000,
  });
  if (response.failure) throw explain(new ClusterError(response.failure), node, request);
  const body = typeof response.body === "string" ? (JSON.parse(response.body) as unknown) : response.body;
  const path = (body as { items?: unknown[] } | undefined)?.items?.[0];
  if (typeof path !== "string") throw new Error(`the kubelet on node ${node} answered the checkpoint without an archive path`);
  return { node, path };
}
