import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { defineQueue } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";

// Each artefact is re-hashed about once a day: the hourly run takes those not
// checked in the last 23 hours, so a large locker's reads are spread out and
// a 20 GiB image is not read 24 times a day.
const REVERIFY_AFTER_MS = 23 * 60 * 60 * 1000;

export const verifyEvidenceJob = defineJob(defineQueue<object>("evidence-verify-all", { retryLimit: 0, expireInSeconds: 55 * 60 }), {
  schedule: "0 * * * *",
  async handle() {
    // Imported when first run: storage clients stay out of an idle server.
    const { verifyAllEvidence } = await import("./verify-all-evidence");
    const summary = await verifyAllEvidence({ notVerifiedSince: new Date(Date.now() - REVERIFY_AFTER_MS) });
    log.info({ summary }, "scheduled evidence verification finished");
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const evidenceJobs: AnyJobDefinition[] = [verifyEvidenceJob];
