// A playbook merged with the severity policy: severity decides speed,
// approvals and roles; the category's playbook decides the steps. Applying
// the merge only ever adds tasks the incident does not have yet, so running
// it again (a new severity, a new category, a newer playbook) is safe.
import { computeTaskDueAt, type ExistingIncidentWork, type PlannedTask } from "@/lib/rules/incidents/apply-policy";
import type { RunbookTaskTemplate, SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import type { Playbook, PlaybookStep } from "./schema";

/** Which of a playbook's steps apply at a severity rank (1 = most severe). */
export function stepsForRank(playbook: Pick<Playbook, "steps">, rank: number): PlaybookStep[] {
  return playbook.steps.filter((step) => step.severityRankAtMost === undefined || rank <= step.severityRankAtMost);
}

function toTemplate(step: PlaybookStep): RunbookTaskTemplate {
  return {
    key: step.key,
    title: step.title,
    description: step.description,
    ownerRole: step.ownerRole,
    dueOffsetMinutes: step.dueOffsetMinutes,
    evidencePreservation: step.evidencePreservation,
  };
}

// When the severity runbook and the playbook name the same task, the
// playbook's words are kept, the tighter due time wins, and it preserves
// evidence if either says so.
function combine(fromPlaybook: RunbookTaskTemplate, fromSeverity: RunbookTaskTemplate): RunbookTaskTemplate {
  const offsets = [fromPlaybook.dueOffsetMinutes, fromSeverity.dueOffsetMinutes].filter((m): m is number => m !== undefined);
  return {
    ...fromPlaybook,
    ownerRole: fromPlaybook.ownerRole ?? fromSeverity.ownerRole,
    dueOffsetMinutes: offsets.length > 0 ? Math.min(...offsets) : undefined,
    evidencePreservation: fromPlaybook.evidencePreservation || fromSeverity.evidencePreservation,
  };
}

/**
 * The merged runbook, in order: the severity's own tasks the playbook does
 * not mention (the baseline every incident of that severity gets, such as
 * "do not shut down the node"), then the playbook's applicable steps in the
 * playbook's order.
 */
export function mergeRunbook(policy: Pick<SeverityPolicy, "runbook" | "rank">, playbook: Pick<Playbook, "steps"> | null): RunbookTaskTemplate[] {
  const steps = playbook ? stepsForRank(playbook, policy.rank) : [];
  const stepKeys = new Set(steps.map((s) => s.key));
  const severityByKey = new Map(policy.runbook.map((t) => [t.key, t]));
  const baseline = policy.runbook.filter((t) => !stepKeys.has(t.key));
  const fromPlaybook = steps.map((step) => {
    const same = severityByKey.get(step.key);
    return same ? combine(toTemplate(step), same) : toTemplate(step);
  });
  return [...baseline, ...fromPlaybook];
}

/** The merged tasks the incident does not have yet, in merged order, with due times. */
export function planResponseTasks(
  policy: Pick<SeverityPolicy, "runbook" | "rank">,
  playbook: Pick<Playbook, "steps"> | null,
  existing: Pick<ExistingIncidentWork, "tasks">,
  now: Date,
): PlannedTask[] {
  const present = new Set(existing.tasks.map((t) => t.templateKey).filter((k): k is string => k !== null));
  return mergeRunbook(policy, playbook).flatMap((template, position) => (present.has(template.key) ? [] : [{ ...template, position, dueAt: computeTaskDueAt(template, now) }]));
}
