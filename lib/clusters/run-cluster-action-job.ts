import "server-only";
import { withAdvisoryLock } from "@/lib/jobs/advisory-lock";
import { enqueue } from "@/lib/jobs/enqueue";
import { actionLockKey } from "./action-lock-key";
import { clusterActionQueue } from "./job-names";
import { runClusterAction } from "./run-cluster-action";
import type { RunOptions } from "./run-options";
import { isUnfinished, loadAction } from "./runnable-action";

/** How long an action waits before trying again for a node another action holds. */
const NODE_BUSY_RETRY_SECONDS = 3;

/** "node-busy": another action on the same node held its lock; nothing was done and the job comes back later. */
export type ClusterActionJobOutcome = "done" | "node-busy";

/**
 * The cluster-action job: actions on different nodes run side by side, two
 * on the same node never do. An applied action runs only while holding its
 * node's lock (shared by every worker process, released if one crashes);
 * when the node is busy the job is queued again for a few seconds later,
 * rather than holding a worker slot (or a retry) while it waits. A preview
 * changes nothing, so it takes no lock and never waits for one.
 */
export async function runClusterActionJob(actionId: string, options: RunOptions = {}): Promise<ClusterActionJobOutcome> {
  const action = await loadAction(actionId);
  if (!action || !isUnfinished(action)) return "done";
  if (action.dryRun) {
    await runClusterAction(actionId, options);
    return "done";
  }
  const locked = await withAdvisoryLock(await actionLockKey(action), () => runClusterAction(actionId, options));
  if (locked.acquired) return "done";
  await enqueue(clusterActionQueue, { actionId }, { singletonKey: actionId, startAfter: NODE_BUSY_RETRY_SECONDS });
  return "node-busy";
}
