// Queue names of this domain's jobs, apart from their handlers so that
// writers can enqueue without importing the whole delivery machinery.
export const NOTIFY_JOBS = {
  deliver: "notify-deliver",
  escalate: "notify-escalate",
  scan: "notify-scan",
} as const;
