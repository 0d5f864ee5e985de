import { defineQueue } from "@/lib/jobs/job-queue";

// Queues of this domain, apart from the handlers so that operations can
// enqueue without importing the whole executor.
export const CLUSTER_ACTION_JOB = "cluster-action";
export const CLUSTER_ACTION_PREVIEW_JOB = "cluster-action-preview";
// Where a cluster-action job goes once it has failed for good (dead letter).
export const CLUSTER_ACTION_GIVEN_UP_JOB = "cluster-action-given-up";

export type ClusterActionJob = { actionId: string };

/** Retries of a cluster action after its first attempt. */
export const CLUSTER_ACTION_RETRIES = 5;

export const clusterActionGivenUpQueue = defineQueue<ClusterActionJob>(CLUSTER_ACTION_GIVEN_UP_JOB);

const ACTION_POLICY = {
  retryLimit: CLUSTER_ACTION_RETRIES,
  retryDelaySeconds: 5,
  retryBackoff: true,
  // Evictions wait for disruption budgets and snapshots for the CSI driver.
  expireInSeconds: 30 * 60,
  deadLetter: clusterActionGivenUpQueue,
};

export const clusterActionQueue = defineQueue<ClusterActionJob>(CLUSTER_ACTION_JOB, ACTION_POLICY);

// Previews change nothing and come with their own queue (and workers), so
// one never waits behind a long quarantine.
export const clusterActionPreviewQueue = defineQueue<ClusterActionJob>(CLUSTER_ACTION_PREVIEW_JOB, ACTION_POLICY);

export const queueForAction = (dryRun: boolean) => (dryRun ? clusterActionPreviewQueue : clusterActionQueue);
