// Action statuses: upper-case in the database, lower-case on the API.
export const ACTION_STATUSES = ["queued", "awaiting_approval", "running", "previewed", "succeeded", "failed", "rejected"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type DbActionStatus = "QUEUED" | "AWAITING_APPROVAL" | "RUNNING" | "PREVIEWED" | "SUCCEEDED" | "FAILED" | "REJECTED";

export function toApiStatus(status: DbActionStatus): ActionStatus {
  return status.toLowerCase() as ActionStatus;
}

export const FINISHED_STATUSES: readonly ActionStatus[] = ["previewed", "succeeded", "failed", "rejected"];

export function isFinished(status: ActionStatus): boolean {
  return FINISHED_STATUSES.includes(status);
}

/** A step as the API shows it; steps of the plan not yet run are "pending" (or "not-run" once the action finished). */
export type StepOutcomeView = "applied" | "already-done" | "dry-run" | "skipped" | "failed" | "pending" | "not-run";
