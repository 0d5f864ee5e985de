import "server-only";
// Runs one planned step, with the only two retries that are safe to make
// without a person: an eviction refused by a PodDisruptionBudget (429) is
// retried after a bounded, growing wait; a taint write that lost a
// resourceVersion race (409) re-reads the node and recomputes the taints.
import { editTaints, isTaintEditDone, taintPatchBody, toNodeSnapshot, type Step, type StepTarget } from "@/lib/rules/quarantine";
import type { ClusterFailure } from "./cluster-failure";
import type { KubeConnection } from "./kube-connection";
import { sendKubeRequest, sendStep, type KubeResponse } from "./kube-request";

export type StepOutcome = "applied" | "already-done" | "dry-run" | "skipped" | "failed";

export interface SentRequest {
  method: string;
  /** Path and query as sent, e.g. with `?dryRun=All`. */
  path: string;
  contentType?: string;
  body?: unknown;
}

/** What the caller persists for each step: the request, the answer and the time. */
export interface StepResult {
  key: string;
  kind: Step["kind"];
  title: string;
  target: StepTarget;
  outcome: StepOutcome;
  dryRun: boolean;
  request: SentRequest;
  /** Last HTTP status; 0 when the cluster never answered or the step was skipped. */
  status: number;
  attempts: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** The answer's body, kept for dry runs (the would-be object) and failures (the Status). */
  response?: unknown;
  failure?: ClusterFailure;
  note?: string;
}

export interface RetryPolicy {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface StepRunOptions {
  dryRun: boolean;
  sleep: (ms: number) => Promise<void>;
  clock: () => Date;
  evictionRetry: RetryPolicy;
  conflictAttempts: number;
}

export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterSeconds?: number): number {
  const exponential = policy.initialDelayMs * 2 ** (attempt - 1);
  return Math.min(policy.maxDelayMs, Math.max(exponential, (retryAfterSeconds ?? 0) * 1000));
}

type Attempt = { response: KubeResponse; body: unknown; attempts: number; durationMs: number; note?: string; done?: boolean };

async function sendWithRetries(connection: KubeConnection, step: Step, options: StepRunOptions): Promise<Attempt> {
  let body = step.body;
  let durationMs = 0;
  for (let attempts = 1; ; attempts++) {
    const response = await sendStep(connection, step, { dryRun: options.dryRun, body });
    durationMs += response.durationMs;
    const failure = response.failure;
    if (!failure) return { response, body, attempts, durationMs };
    if (step.kind === "evict" && response.status === 429 && !options.dryRun && attempts < options.evictionRetry.attempts) {
      await options.sleep(backoffDelay(options.evictionRetry, attempts, failure.retryAfterSeconds));
      continue;
    }
    if (step.kind === "taint-node" && step.taintEdit && failure.cause === "conflict" && attempts < options.conflictAttempts) {
      const reread = await sendKubeRequest(connection, { method: "GET", path: step.path });
      durationMs += reread.durationMs;
      if (reread.failure) return { response: reread, body, attempts, durationMs };
      const node = toNodeSnapshot(reread.body);
      if (isTaintEditDone(node.taints, step.taintEdit)) {
        return { response, body, attempts, durationMs, done: true, note: "re-read after a conflict: the node already had the wanted taints" };
      }
      body = taintPatchBody(node.resourceVersion, editTaints(node.taints, step.taintEdit));
      continue;
    }
    return { response, body, attempts, durationMs };
  }
}

function outcomeOf(step: Step, attempt: Attempt, dryRun: boolean): Pick<StepResult, "outcome" | "note"> {
  const { response } = attempt;
  if (attempt.done) return { outcome: "already-done", ...(attempt.note ? { note: attempt.note } : {}) };
  if (!response.failure) {
    if (response.status >= 200 && response.status < 300) return { outcome: dryRun ? "dry-run" : "applied" };
    return { outcome: "already-done", note: response.status === 404 ? "already gone" : "already exists" };
  }
  if (dryRun && step.kind === "evict" && response.status === 429) {
    return { outcome: "dry-run", note: "a PodDisruptionBudget refuses this eviction right now; a real run waits and retries" };
  }
  return { outcome: "failed" };
}

export async function runStep(connection: KubeConnection, step: Step, options: StepRunOptions): Promise<StepResult> {
  const startedAt = options.clock();
  const attempt = await sendWithRetries(connection, step, options);
  const { outcome, note } = outcomeOf(step, attempt, options.dryRun);
  const { response } = attempt;
  const keepBody = outcome === "dry-run" || outcome === "failed";
  return {
    key: step.key,
    kind: step.kind,
    title: step.title,
    target: step.target,
    outcome,
    dryRun: options.dryRun,
    request: {
      method: step.method,
      path: response.sentPath,
      ...(step.contentType ? { contentType: step.contentType } : {}),
      ...(attempt.body !== undefined ? { body: attempt.body } : {}),
    },
    status: response.status,
    attempts: attempt.attempts,
    startedAt: startedAt.toISOString(),
    finishedAt: options.clock().toISOString(),
    durationMs: attempt.durationMs,
    ...(keepBody && response.body !== undefined ? { response: response.body } : {}),
    ...(outcome === "failed" && response.failure ? { failure: response.failure } : {}),
    ...(note ? { note } : {}),
  };
}

export function skippedResult(step: Step, dryRun: boolean, at: Date): StepResult {
  return {
    key: step.key,
    kind: step.kind,
    title: step.title,
    target: step.target,
    outcome: "skipped",
    dryRun,
    request: { method: step.method, path: step.path, ...(step.contentType ? { contentType: step.contentType } : {}), ...(step.body !== undefined ? { body: step.body } : {}) },
    status: 0,
    attempts: 0,
    startedAt: at.toISOString(),
    finishedAt: at.toISOString(),
    durationMs: 0,
    note: "already completed by an earlier run",
  };
}
