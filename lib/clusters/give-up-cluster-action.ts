import "server-only";
import { finishClusterAction } from "./finish-cluster-action";
import { isUnfinished, loadAction, ownerOf } from "./runnable-action";

/** The reason pg-boss kept for the last failure: a serialized error, or {value} for its own (a timeout). */
export function failureReason(output: unknown): string {
  const record = (output ?? {}) as { message?: unknown; value?: unknown };
  if (typeof record.message === "string" && record.message) return record.message;
  const value = record.value as { message?: unknown } | string | undefined;
  if (typeof value === "string" && value) return value;
  if (value && typeof value === "object" && typeof value.message === "string") return value.message;
  return "no reason was recorded";
}

/**
 * The job running an action failed for good (every retry used up, or the
 * last attempt expired): the action is marked failed with why, instead of
 * staying "running" for ever. Steps already stored stay as they are. An
 * action that finished meanwhile is left alone.
 */
export async function giveUpClusterAction(actionId: string, attempts: number, output: unknown, now = new Date()): Promise<void> {
  const action = await loadAction(actionId);
  if (!action || !isUnfinished(action)) return;
  const reason = failureReason(output);
  await finishClusterAction(
    ownerOf(action),
    "FAILED",
    `Cordon gave up on this action after ${attempts} attempts (last error: ${reason}). Any steps shown were applied; check the cluster's state before requesting the action again.`,
    now,
  );
}
