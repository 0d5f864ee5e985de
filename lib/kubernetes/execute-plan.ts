import "server-only";
// Applies a plan: node and pod writes one after another, evictions ten at a
// time, stopping at the first failure that retrying cannot fix so nothing
// after it is applied. Steps already completed by an earlier (crashed) run
// are skipped, and each finished step is handed to the caller to persist
// before the next one starts.
import { findUnsafeStep, type SafetyContext, type Step } from "@/lib/rules/quarantine";
import type { KubeConnection } from "./kube-connection";
import { runStep, skippedResult, type RetryPolicy, type StepResult, type StepRunOptions } from "./execute-step";
import { alreadyDoneResult } from "./read-before-sending";

export interface ExecutePlanOptions {
  /** Every write goes out with `dryRun=All`: validated by the API server, nothing changes. */
  dryRun?: boolean;
  /** Keys of steps an earlier run finished; they are not sent again. */
  completedStepKeys?: ReadonlySet<string>;
  /**
   * Set when an earlier run of this plan may have died mid-write: each step
   * not finished is read first and, if already in effect, recorded as done
   * without being sent (read-before-sending.ts).
   */
  readBeforeSending?: boolean;
  /** Called once per executed step, in completion order; a throw stops the run and is rethrown. */
  onStepFinished?: (result: StepResult) => void | Promise<void>;
  /** Injected so tests never wait; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  clock?: () => Date;
  evictionConcurrency?: number;
  evictionRetry?: Partial<RetryPolicy>;
  /** Attempts for a taint write that keeps losing resourceVersion races. */
  conflictAttempts?: number;
  /** Pods that must never be evicted and the incident whose policy may be deleted. */
  safety?: SafetyContext;
}

export interface PlanSummary {
  ok: boolean;
  dryRun: boolean;
  /** One per step that was run or skipped, in plan order. */
  results: StepResult[];
  counts: Record<StepResult["outcome"], number>;
  failed?: StepResult;
  /** Keys of steps never attempted because the run stopped. */
  notRun: string[];
  /** Set when the plan was refused before anything was sent. */
  refusal?: string;
}

export const DEFAULT_EVICTION_RETRY: RetryPolicy = { attempts: 6, initialDelayMs: 1_000, maxDelayMs: 30_000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function refusalOf(steps: Step[], safety: SafetyContext | undefined): string | undefined {
  const keys = new Set<string>();
  for (const step of steps) {
    if (keys.has(step.key)) return `the plan repeats step key ${step.key}; keys must be unique for a retry to be safe`;
    keys.add(step.key);
    const unsafe = findUnsafeStep(step, safety);
    if (unsafe) return unsafe;
  }
  return undefined;
}

function summarize(steps: Step[], slots: (StepResult | undefined)[], dryRun: boolean, refusal?: string): PlanSummary {
  const results = slots.filter((result): result is StepResult => result !== undefined);
  const counts = { applied: 0, "already-done": 0, "dry-run": 0, skipped: 0, failed: 0 };
  for (const result of results) counts[result.outcome] += 1;
  const failed = results.find((result) => result.outcome === "failed");
  return {
    ok: !failed && !refusal && results.length === steps.length,
    dryRun,
    results,
    counts,
    ...(failed ? { failed } : {}),
    notRun: steps.filter((_, i) => slots[i] === undefined).map((step) => step.key),
    ...(refusal ? { refusal } : {}),
  };
}

export async function executePlan(connection: KubeConnection, steps: Step[], options: ExecutePlanOptions = {}): Promise<PlanSummary> {
  const dryRun = options.dryRun ?? false;
  const slots: (StepResult | undefined)[] = steps.map(() => undefined);
  const refusal = refusalOf(steps, options.safety);
  if (refusal) return summarize(steps, slots, dryRun, refusal);

  const clock = options.clock ?? (() => new Date());
  const runOptions: StepRunOptions = {
    dryRun,
    sleep: options.sleep ?? realSleep,
    clock,
    evictionRetry: { ...DEFAULT_EVICTION_RETRY, ...options.evictionRetry },
    conflictAttempts: options.conflictAttempts ?? 5,
  };
  let stopped = false;

  async function runAt(index: number): Promise<void> {
    const step = steps[index] as Step;
    if (options.completedStepKeys?.has(step.key)) {
      slots[index] = skippedResult(step, dryRun, clock());
      return;
    }
    const found = options.readBeforeSending && !dryRun ? await alreadyDoneResult(connection, step, clock) : undefined;
    const result = found ?? (await runStep(connection, step, runOptions));
    slots[index] = result;
    if (result.outcome === "failed") stopped = true;
    try {
      await options.onStepFinished?.(result);
    } catch (error) {
      stopped = true;
      throw error;
    }
  }

  async function runEvictions(start: number, end: number): Promise<void> {
    let next = start;
    const worker = async () => {
      while (!stopped && next < end) await runAt(next++);
    };
    const width = Math.max(1, Math.min(options.evictionConcurrency ?? 10, end - start));
    // allSettled: in-flight evictions finish (and are reported) before a callback error propagates.
    const outcomes = await Promise.allSettled(Array.from({ length: width }, worker));
    const rejected = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    if (rejected) throw rejected.reason;
  }

  let index = 0;
  while (index < steps.length && !stopped) {
    if (steps[index]?.kind === "evict") {
      let end = index;
      while (end < steps.length && steps[end]?.kind === "evict") end++;
      await runEvictions(index, end);
      index = end;
    } else {
      await runAt(index);
      index++;
    }
  }
  return summarize(steps, slots, dryRun);
}
