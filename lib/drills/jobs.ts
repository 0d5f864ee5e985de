import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { defineQueue } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";

// Every minute: drill injects whose time has come are played (each once).
const playInjects = defineJob(defineQueue<object>("drills-play-injects", { retryLimit: 2, expireInSeconds: 120 }), {
  schedule: "* * * * *",
  handle: async () => {
    const { playDueInjects } = await import("./play-due-injects");
    const played = await playDueInjects(new Date());
    if (played > 0) log.info({ played }, "drill injects played");
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const drillJobs: AnyJobDefinition[] = [playInjects];
