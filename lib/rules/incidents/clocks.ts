// The clocks behind the triage board's "next due" column. All times are
// absolute instants; display zones are the UI's business.
import { isOpenStatus, type IncidentStatus } from "./statuses";
import type { SeverityPolicy } from "./severity-policy";

export type TaskState = "open" | "done" | "waived";

export interface ClockTask {
  title?: string;
  dueAt: Date | null;
  state: TaskState;
}

export interface IncidentClockInput {
  declaredAt: Date;
  acknowledgedAt: Date | null;
  /** Last stakeholder status update, null if none was sent yet. */
  lastUpdateAt: Date | null;
  policy: Pick<SeverityPolicy, "acknowledgeWithinMinutes" | "updateEveryMinutes">;
  now: Date;
  tasks: readonly ClockTask[];
  /** Defaults to an open, live incident (TRIAGE). */
  status?: IncidentStatus;
}

export type NextDueKind = "acknowledge" | "update" | "task";

export interface NextDue {
  kind: NextDueKind;
  at: Date;
  label: string;
  overdue: boolean;
}

export interface IncidentClocks {
  acknowledgeDueAt: Date;
  /** True only while unacknowledged past the deadline; a late acknowledgement ends it. */
  acknowledgeOverdue: boolean;
  /** Null once the incident is no longer live (recovered or later). */
  nextUpdateDueAt: Date | null;
  updateOverdue: boolean;
  overdueTaskCount: number;
  nextDue: NextDue | null;
}

// Stakeholder updates matter while the attacker may still be active; once
// systems are recovered the remaining work is review, and a half-hourly
// "update overdue" alarm would only be noise.
export const UPDATE_CADENCE_STATUSES: readonly IncidentStatus[] = ["TRIAGE", "INVESTIGATING", "CONTAINED", "ERADICATED"];

const MINUTE_MS = 60_000;
const DEFAULT_TASK_LABEL = "Runbook task";

function addMinutes(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE_MS);
}

// Exactly at the due instant is still on time; overdue starts the moment after.
function isPast(at: Date, now: Date): boolean {
  return now.getTime() > at.getTime();
}

export function incidentClocks(input: IncidentClockInput): IncidentClocks {
  const { declaredAt, acknowledgedAt, lastUpdateAt, policy, now, tasks } = input;
  const status = input.status ?? "TRIAGE";
  const open = isOpenStatus(status);

  const acknowledgeDueAt = addMinutes(declaredAt, policy.acknowledgeWithinMinutes);
  const awaitingAck = open && acknowledgedAt === null;
  const acknowledgeOverdue = awaitingAck && isPast(acknowledgeDueAt, now);

  // The cadence runs from declaration until the first update, then from the
  // latest one; an update stamped before declaration (clock skew) can't pull it earlier.
  const cadenceBase =
    lastUpdateAt !== null && lastUpdateAt.getTime() > declaredAt.getTime() ? lastUpdateAt : declaredAt;
  const nextUpdateDueAt = UPDATE_CADENCE_STATUSES.includes(status)
    ? addMinutes(cadenceBase, policy.updateEveryMinutes)
    : null;
  const updateOverdue = nextUpdateDueAt !== null && isPast(nextUpdateDueAt, now);

  const dueTasks = open ? tasks.filter((t): t is ClockTask & { dueAt: Date } => t.state === "open" && t.dueAt !== null) : [];
  const overdueTaskCount = dueTasks.filter((t) => isPast(t.dueAt, now)).length;

  // Candidates in tie-break order: on equal times acknowledging comes first,
  // because nothing else happens until someone owns the incident.
  const candidates: Omit<NextDue, "overdue">[] = [];
  if (awaitingAck) candidates.push({ kind: "acknowledge", at: acknowledgeDueAt, label: "Acknowledge" });
  if (nextUpdateDueAt !== null) candidates.push({ kind: "update", at: nextUpdateDueAt, label: "Status update" });
  for (const task of dueTasks) {
    candidates.push({ kind: "task", at: task.dueAt, label: task.title?.trim() || DEFAULT_TASK_LABEL });
  }
  const earliest = candidates.reduce<Omit<NextDue, "overdue"> | null>(
    (best, c) => (best === null || c.at.getTime() < best.at.getTime() ? c : best),
    null,
  );
  const nextDue = earliest === null ? null : { ...earliest, overdue: isPast(earliest.at, now) };

  return { acknowledgeDueAt, acknowledgeOverdue, nextUpdateDueAt, updateOverdue, overdueTaskCount, nextDue };
}
