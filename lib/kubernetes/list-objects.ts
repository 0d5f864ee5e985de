import "server-only";
// Paged list reads (limit/continue), so a large cluster is read in bounded
// chunks and an answer is never truncated silently.
import { ClusterError } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { sendKubeRequest, type KubeRequest } from "./kube-request";

const PAGE_SIZE = 500;
const MAX_PAGES = 200;

interface ListBody {
  items?: unknown[];
  metadata?: { continue?: string };
}

export async function listObjects(connection: KubeConnection, path: string, query: KubeRequest["query"] = {}, timeoutMs?: number): Promise<unknown[]> {
  const items: unknown[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await sendKubeRequest(connection, {
      method: "GET",
      path,
      query: { ...query, limit: String(PAGE_SIZE), ...(token ? { continue: token } : {}) },
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    if (response.failure) throw new ClusterError(response.failure);
    const body = (response.body ?? {}) as ListBody;
    items.push(...(body.items ?? []));
    token = body.metadata?.continue || undefined;
    if (!token) return items;
  }
  throw new Error(`listing ${path} did not finish within ${MAX_PAGES * PAGE_SIZE} objects`);
}
