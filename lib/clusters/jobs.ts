import "server-only";
import type { JobDefinition } from "@/lib/jobs/job-definition";

// Background jobs of this domain (see lib/jobs/all-jobs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const clusterJobs: JobDefinition<any>[] = [];
