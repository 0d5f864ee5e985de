import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { defineQueue } from "@/lib/jobs/job-queue";

// Every minute: the shortest clock (CERT-In, 6 hours) has its 90% point 36
// minutes before due, so a minute's lag is well inside every window.
// Idempotent by design (remindersSent), so a retry or a second worker is harmless.
const sendDeadlineReminders = defineJob(defineQueue<object>("regulatory-deadline-reminders", { retryLimit: 2, expireInSeconds: 120 }), {
  schedule: "* * * * *",
  handle: async () => {
    const { sendDueReminders } = await import("./send-due-reminders");
    await sendDueReminders(new Date());
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const regulatoryJobs: AnyJobDefinition[] = [sendDeadlineReminders];
