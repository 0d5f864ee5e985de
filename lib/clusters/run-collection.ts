import "server-only";
import type { KubeConnection } from "@/lib/kubernetes/kube-connection";
import type { CollectContext } from "./collect-context";
import { collectItem } from "./collect-item";
import { completedStepKeys } from "./completed-steps";
import { definitiveFailure, type FailureRecord } from "./definitive-failure";
import type { FinalStatus } from "./finish-cluster-action";
import { persistStep, type StepOwner, type StepRecord } from "./persist-step";
import { previewItem } from "./preview-item";
import type { RunOptions } from "./run-options";
import type { CollectionPlan, CollectItem } from "./stored-plan";

function failureOf(error: unknown): FailureRecord | undefined {
  const known = definitiveFailure(error);
  if (known) return known;
  // Database errors are retried with the job; anything else from the
  // cluster side (a stream cut mid-way, an odd kubelet answer) fails the item.
  if (error instanceof Error && !error.name.startsWith("Prisma")) return { message: error.message };
  return undefined;
}

async function runItem(connection: KubeConnection, item: CollectItem, owner: StepOwner, context: CollectContext): Promise<Omit<StepRecord, "startedAt" | "finishedAt">> {
  const base = { key: item.key, title: item.title, kind: item.type, method: item.method, path: item.path, attempts: 1 };
  try {
    if (owner.dryRun) {
      const preview = await previewItem(connection, item, context);
      return { ...base, status: preview.status, outcome: "dry-run", note: preview.note };
    }
    const collected = await collectItem(connection, item, context);
    return { ...base, status: collected.status, outcome: collected.outcome, ...(collected.note ? { note: collected.note } : {}), ...(collected.evidence ? { evidence: collected.evidence } : {}) };
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) throw error;
    return { ...base, status: typeof failure.status === "number" ? failure.status : 0, outcome: "failed", failure };
  }
}

/**
 * Collects every planned item. One item failing does not stop the others:
 * partial evidence beats none, and each failure is stored with its cause.
 */
export async function runCollection(connection: KubeConnection, plan: CollectionPlan, owner: StepOwner, context: CollectContext, options: RunOptions): Promise<{ status: FinalStatus; error?: string }> {
  const clock = options.clock ?? (() => new Date());
  const done = await completedStepKeys(owner.id, owner.dryRun);
  const failures: string[] = [];
  for (const item of plan.items) {
    if (done.has(item.key)) continue;
    const startedAt = clock().toISOString();
    const result = await runItem(connection, item, owner, context);
    const record: StepRecord = { ...result, startedAt, finishedAt: clock().toISOString() };
    if (record.failure) failures.push(`${item.title}: ${record.failure.message}`);
    await persistStep(owner, record);
    await options.afterStepStored?.(record);
  }
  if (failures.length > 0) return { status: "FAILED", error: failures.join("; ") };
  return { status: owner.dryRun ? "PREVIEWED" : "SUCCEEDED" };
}
