import "server-only";
import { actionItemJobs } from "@/lib/post-mortems/action-items/jobs";
import { clusterJobs } from "@/lib/clusters/jobs";
import { evidenceJobs } from "@/lib/evidence/jobs";
import { notifyJobs } from "@/lib/notify/jobs";
import { publicStatusJobs } from "@/lib/public-status/jobs";
import { regulatoryJobs } from "@/lib/regulatory/jobs";
import type { JobDefinition } from "./job-definition";

// Every background job Cordon runs, by domain.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_JOBS: JobDefinition<any>[] = [...clusterJobs, ...evidenceJobs, ...regulatoryJobs, ...publicStatusJobs, ...notifyJobs, ...actionItemJobs];
