import "server-only";
// A resumed run reads a step's target before sending it: the worker that
// died may have sent the write already (the API server applied it, the
// answer never came back), and a step found in effect is recorded as done
// rather than sent twice. A read that fails says nothing: the step is sent,
// as every step is harmless to repeat.
import { alreadyInEffect, stepTargetPath, type Step } from "@/lib/rules/quarantine";
import type { KubeConnection } from "./kube-connection";
import { sendKubeRequest } from "./kube-request";
import type { StepResult } from "./execute-step";

export async function alreadyDoneResult(connection: KubeConnection, step: Step, clock: () => Date): Promise<StepResult | undefined> {
  const startedAt = clock();
  const read = await sendKubeRequest(connection, { method: "GET", path: stepTargetPath(step), expect: [200, 404] });
  if (read.failure) return undefined;
  const note = alreadyInEffect(step, { status: read.status, body: read.body });
  if (!note) return undefined;
  const finishedAt = clock();
  return {
    key: step.key,
    kind: step.kind,
    title: step.title,
    target: step.target,
    outcome: "already-done",
    dryRun: false,
    request: { method: step.method, path: step.path, ...(step.contentType ? { contentType: step.contentType } : {}), ...(step.body !== undefined ? { body: step.body } : {}) },
    status: read.status,
    attempts: 0,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: read.durationMs,
    note: `found on reading before sending again: ${note}`,
  };
}
