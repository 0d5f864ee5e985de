import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { CLUSTER_ACTION_JOB, type ClusterActionJob } from "./job-names";
import { runClusterAction } from "./run-cluster-action";

// Background jobs of this domain (see lib/jobs/all-jobs.ts). A cluster
// action is retried after a crash; the handler finds the steps already done.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const clusterJobs: JobDefinition<any>[] = [
  defineJob<ClusterActionJob>({
    name: CLUSTER_ACTION_JOB,
    handle: ({ actionId }) => runClusterAction(actionId),
    retryLimit: 5,
    retryDelaySeconds: 5,
    retryBackoff: true,
    // Evictions wait for disruption budgets and snapshots for the CSI driver.
    expireInSeconds: 30 * 60,
  }),
];
