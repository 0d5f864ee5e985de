// Queue names of this domain, apart from the handlers so that operations can
// enqueue without importing the whole executor.
export const CLUSTER_ACTION_JOB = "cluster-action";
// Where a cluster-action job goes once it has failed for good (dead letter).
export const CLUSTER_ACTION_GIVEN_UP_JOB = "cluster-action-given-up";

export type ClusterActionJob = { actionId: string };
