import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { CLUSTER_ACTION_GIVEN_UP_JOB, CLUSTER_ACTION_JOB, type ClusterActionJob } from "./job-names";

const RETRIES = 5;

// Background jobs of this domain (see lib/jobs/all-jobs.ts). Handlers are
// imported when first run, keeping the Kubernetes and cloud clients out of
// an idle server. A cluster action is retried after a crash; the handler
// finds the steps already done. Once the retries are used up, pg-boss hands
// the job to the dead-letter queue, whose handler marks the action failed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const clusterJobs: JobDefinition<any>[] = [
  defineJob<ClusterActionJob>({
    name: CLUSTER_ACTION_JOB,
    handle: async ({ actionId }) => (await import("./run-cluster-action")).runClusterAction(actionId),
    retryLimit: RETRIES,
    retryDelaySeconds: 5,
    retryBackoff: true,
    // Evictions wait for disruption budgets and snapshots for the CSI driver.
    expireInSeconds: 30 * 60,
    deadLetter: CLUSTER_ACTION_GIVEN_UP_JOB,
  }),
  defineJob<ClusterActionJob>({
    name: CLUSTER_ACTION_GIVEN_UP_JOB,
    handle: async ({ actionId }, { output }) => (await import("./give-up-cluster-action")).giveUpClusterAction(actionId, RETRIES + 1, output),
  }),
];
