import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { CLUSTER_ACTION_JOB, type ClusterActionJob } from "./job-names";

// Background jobs of this domain (see lib/jobs/all-jobs.ts); the handler is
// imported when first run, keeping the Kubernetes client out of an idle server. A cluster
// action is retried after a crash; the handler finds the steps already done.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const clusterJobs: JobDefinition<any>[] = [
  defineJob<ClusterActionJob>({
    name: CLUSTER_ACTION_JOB,
    handle: async ({ actionId }) => (await import("./run-cluster-action")).runClusterAction(actionId),
    retryLimit: 5,
    retryDelaySeconds: 5,
    retryBackoff: true,
    // Evictions wait for disruption budgets and snapshots for the CSI driver.
    expireInSeconds: 30 * 60,
  }),
];
