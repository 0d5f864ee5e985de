import "server-only";
import { executePlan } from "@/lib/kubernetes/execute-plan";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import { completedStepKeys } from "./completed-steps";
import type { FinalStatus } from "./finish-cluster-action";
import { fromStepResult, persistStep, type StepOwner } from "./persist-step";
import { realSleep, type RunOptions } from "./run-options";
import type { WritePlan } from "./stored-plan";
import { countOf } from "@/lib/rules/text/plural";

/** Runs the stored write plan, storing each step before the next starts; steps stored as done are not sent again. */
export async function applyWrites(connection: KubeConnection, plan: WritePlan, owner: StepOwner, options: RunOptions & { resumed: boolean }): Promise<{ status: FinalStatus; error?: string }> {
  const summary = await executePlan(connection, plan.steps, {
    dryRun: owner.dryRun,
    completedStepKeys: await completedStepKeys(owner.id, owner.dryRun),
    // An earlier run stored this plan and may have died mid-write.
    readBeforeSending: options.resumed,
    onStepFinished: async (result) => {
      const record = fromStepResult(result);
      await persistStep(owner, record);
      await options.afterStepStored?.(record);
    },
    sleep: options.sleep ?? realSleep,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.evictionRetry ? { evictionRetry: options.evictionRetry } : {}),
    // The stored plan is checked again before anything is sent.
    safety: { protectedPods: plan.protectedPods, incidentId: owner.incidentId },
  });
  if (summary.refusal) return { status: "FAILED", error: summary.refusal };
  if (summary.failed) {
    const applied = summary.results.filter((r) => r.outcome === "applied" || r.outcome === "already-done" || r.outcome === "skipped").length;
    const after = summary.notRun.length > 0 ? `; ${countOf(summary.notRun.length, "later step was", "later steps were")} not sent` : "";
    return {
      status: "FAILED",
      error: `${summary.failed.title} failed: ${summary.failed.failure?.message ?? `HTTP ${summary.failed.status}`} (${countOf(applied, "step")} done before it${after})`,
    };
  }
  return { status: owner.dryRun ? "PREVIEWED" : "SUCCEEDED" };
}
