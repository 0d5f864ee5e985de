import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";

// Every minute: the shortest clock (CERT-In, 6 hours) has its 90% point 36
// minutes before due, so a minute's lag is well inside every window.
// Idempotent by design (remindersSent), so a retry or a second worker is harmless.
const sendDeadlineReminders = defineJob<object>({
  name: "regulatory-deadline-reminders",
  schedule: "* * * * *",
  retryLimit: 2,
  expireInSeconds: 120,
  handle: async () => {
    const { sendDueReminders } = await import("./send-due-reminders");
    await sendDueReminders(new Date());
  },
});

// Background jobs of this domain (see lib/jobs/all-jobs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const regulatoryJobs: JobDefinition<any>[] = [sendDeadlineReminders];
