// Applying a severity policy (at declaration, or when the severity changes)
// only ever adds: work already done, waived or in progress belongs to the
// record, and dropping it on a downgrade would lose evidence of what happened.
import type { IncidentRoleKind } from "./roles";
import type { RunbookTaskTemplate, SeverityPolicy } from "./severity-policy";

export interface ExistingIncidentWork {
  /** Every task on the incident, in any state; manual tasks have templateKey null. */
  tasks: readonly { templateKey: string | null }[];
  /** Active role assignments. */
  roles: readonly { kind: IncidentRoleKind }[];
}

export type PlannedTask = RunbookTaskTemplate & {
  /** Runbook order, so the UI lists new tasks as the policy lists them. */
  position: number;
  dueAt: Date | null;
};

export interface PolicyApplicationPlan {
  tasksToAdd: PlannedTask[];
  /** Required roles nobody holds yet; they are to be filled, not auto-assigned. */
  missingRoles: IncidentRoleKind[];
}

const MINUTE_MS = 60_000;

export function computeTaskDueAt(template: Pick<RunbookTaskTemplate, "dueOffsetMinutes">, now: Date): Date | null {
  return template.dueOffsetMinutes === undefined ? null : new Date(now.getTime() + template.dueOffsetMinutes * MINUTE_MS);
}

export function planPolicyApplication(
  policy: Pick<SeverityPolicy, "runbook" | "requiredRoles">,
  existing: ExistingIncidentWork,
  now: Date,
): PolicyApplicationPlan {
  const presentKeys = new Set(existing.tasks.map((t) => t.templateKey).filter((k): k is string => k !== null));
  const tasksToAdd = policy.runbook.flatMap((template, position) =>
    presentKeys.has(template.key) ? [] : [{ ...template, position, dueAt: computeTaskDueAt(template, now) }],
  );
  const heldRoles = new Set(existing.roles.map((r) => r.kind));
  const missingRoles = policy.requiredRoles.filter((kind, i) => !heldRoles.has(kind) && policy.requiredRoles.indexOf(kind) === i);
  return { tasksToAdd, missingRoles };
}
