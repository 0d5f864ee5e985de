import { defineQueue } from "@/lib/jobs/job-queue";

export type PostureScanJob = { scanId: string };

// A scan is read-only, so a retry after a crash simply scans again.
export const postureScanQueue = defineQueue<PostureScanJob>("posture-scan", { retryLimit: 2, retryDelaySeconds: 10, expireInSeconds: 10 * 60 });

// Every minute: scan each cluster whose last scan is a day old (or that was
// never scanned, so a fresh install has findings within a minute), and
// re-evaluate the response plan daily.
export const readinessDueQueue = defineQueue<Record<string, never>>("readiness-due", { retryLimit: 0, expireInSeconds: 5 * 60 });
