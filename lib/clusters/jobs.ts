import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { CLUSTER_ACTION_RETRIES, clusterActionGivenUpQueue, clusterActionPreviewQueue, clusterActionQueue } from "./job-names";

// Applied actions one worker process runs at once: on different nodes, since
// each holds its node's lock (see run-cluster-action-job.ts).
const ACTION_WORKERS = 4;
const PREVIEW_WORKERS = 2;

const runJob = async ({ actionId }: { actionId: string }) => {
  await (await import("./run-cluster-action-job")).runClusterActionJob(actionId);
};

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
// Handlers are imported when first run, keeping the Kubernetes and cloud
// clients out of an idle server. A cluster action is retried after a crash;
// the handler finds the steps already done. Once the retries are used up,
// pg-boss hands the job to the dead-letter queue, whose handler marks the
// action failed.
export const clusterJobs: AnyJobDefinition[] = [
  defineJob(clusterActionQueue, { workers: ACTION_WORKERS, handle: runJob }),
  defineJob(clusterActionPreviewQueue, { workers: PREVIEW_WORKERS, handle: runJob }),
  defineJob(clusterActionGivenUpQueue, {
    handle: async ({ actionId }, { output }) =>
      (await import("./give-up-cluster-action")).giveUpClusterAction(actionId, CLUSTER_ACTION_RETRIES + 1, output),
  }),
];
