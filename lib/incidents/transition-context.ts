import type { SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import type { TransitionContext } from "@/lib/rules/incidents/transition-guards";
import type { IncidentStatus } from "@/lib/rules/incidents/statuses";

type TaskRow = { title: string; state: "OPEN" | "DONE" | "WAIVED" | "WITHDRAWN" | "NOT_APPLICABLE"; evidencePreservation: boolean };

// Not applicable is settled with a reason, as a waiver is.
const TASK_STATE = { OPEN: "open", DONE: "done", WAIVED: "waived", NOT_APPLICABLE: "waived" } as const;

// What the workflow rules need to know about an incident. The post-mortem
// guard reads whether the review is published or waived
// (lib/post-mortems/review/close-guard-facts.ts).
export function transitionContext(
  incident: { status: IncidentStatus; roles: { kind: string }[]; tasks: TaskRow[]; obligations: { title: string }[] },
  policy: SeverityPolicy,
  postMortemPublished: boolean,
  reason?: string,
): TransitionContext {
  return {
    status: incident.status,
    severityPolicy: policy,
    hasLead: incident.roles.some((role) => role.kind === "LEAD"),
    // A withdrawn task was never the incident's work: it counts for nothing.
    evidenceTasks: incident.tasks.filter((task) => task.evidencePreservation && task.state !== "WITHDRAWN").map((task) => ({ title: task.title, state: TASK_STATE[task.state as keyof typeof TASK_STATE] })),
    postMortemPublished,
    openTaskCount: incident.tasks.filter((task) => task.state === "OPEN").length,
    unsettledObligations: incident.obligations.map((obligation) => obligation.title),
    reason,
  };
}
