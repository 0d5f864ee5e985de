// Queue names of this domain, apart from the handlers so that operations can
// enqueue without importing the whole executor.
export const CLUSTER_ACTION_JOB = "cluster-action";

export type ClusterActionJob = { actionId: string };
