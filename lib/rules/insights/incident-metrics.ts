// The per-incident figures insights aggregate, worked out from one
// incident's records. Pure: the caller reads the records.
//
// Durations are measured on absolute instants (milliseconds since the epoch),
// so a daylight-saving change between two key times neither adds nor removes
// an hour. A reopened incident has its later key times cleared and stamped
// again (lib/rules/incidents/key-times.ts), so "time to resolve" runs from
// declaration to the latest resolution: the reopened stretch counts.

export interface MetricsIncident {
  declaredAt: Date;
  acknowledgedAt: Date | null;
  containedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

export interface MetricsPolicy {
  acknowledgeWithinMinutes: number;
  updateEveryMinutes: number;
}

export interface MetricsObligation {
  dueAt: Date | null;
  submittedAt: Date | null;
  notApplicableAt: Date | null;
}

export interface MetricsActionItem {
  dueAt: Date;
  state: "OPEN" | "IN_PROGRESS" | "DONE" | "WONT_DO";
}

export interface MetricsInput {
  incident: MetricsIncident;
  policy: MetricsPolicy | null;
  /** When status updates (any audience) were posted. */
  updateTimes: readonly Date[];
  obligations: readonly MetricsObligation[];
  actionItems: readonly MetricsActionItem[];
  evidenceCount: number;
  /** The action name of every cluster action requested for the incident. */
  clusterActions: readonly string[];
}

export interface IncidentMetricsRow {
  acknowledgeSeconds: number | null;
  containSeconds: number | null;
  resolveSeconds: number | null;
  acknowledgeBreached: boolean;
  updateBreaches: number;
  obligationsOnTime: number;
  obligationsLate: number;
  actionItemsOpen: number;
  actionItemsOverdue: number;
  evidenceCount: number;
  clusterActions: Record<string, number>;
}

const MINUTE_MS = 60_000;

/** Whole seconds from `from` to `to`; null when `to` has not happened (never a made-up zero). */
export function secondsBetween(from: Date, to: Date | null): number | null {
  if (!to) return null;
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}

/** When the incident stopped needing updates: resolved, else closed, else still running. */
function updatesEndAt(incident: MetricsIncident, now: Date): Date {
  return incident.resolvedAt ?? incident.closedAt ?? now;
}

/**
 * Gaps longer than the cadence between declaration, each update and the end
 * of the incident. A long silence is one breach, however many intervals it
 * spans: it is one lapse the team has to learn from.
 */
export function countUpdateBreaches(incident: MetricsIncident, updateEveryMinutes: number, updateTimes: readonly Date[], now: Date): number {
  const end = updatesEndAt(incident, now).getTime();
  const limit = updateEveryMinutes * MINUTE_MS;
  const times = updateTimes.map((t) => t.getTime()).filter((t) => t > incident.declaredAt.getTime() && t <= end).sort((a, b) => a - b);
  let breaches = 0;
  let previous = incident.declaredAt.getTime();
  for (const at of [...times, end]) {
    if (at - previous > limit) breaches++;
    previous = at;
  }
  return breaches;
}

export function isAcknowledgeBreached(incident: MetricsIncident, acknowledgeWithinMinutes: number, now: Date): boolean {
  const deadline = incident.declaredAt.getTime() + acknowledgeWithinMinutes * MINUTE_MS;
  return (incident.acknowledgedAt ?? now).getTime() > deadline;
}

export function countObligations(obligations: readonly MetricsObligation[], now: Date): { onTime: number; late: number } {
  let onTime = 0;
  let late = 0;
  for (const { dueAt, submittedAt, notApplicableAt } of obligations) {
    if (notApplicableAt || !dueAt) continue;
    if (submittedAt && submittedAt <= dueAt) onTime++;
    else if (submittedAt || dueAt < now) late++;
  }
  return { onTime, late };
}

export function computeIncidentMetrics(input: MetricsInput, now: Date): IncidentMetricsRow {
  const { incident, policy } = input;
  const open = input.actionItems.filter((item) => item.state === "OPEN" || item.state === "IN_PROGRESS");
  const obligations = countObligations(input.obligations, now);
  const clusterActions: Record<string, number> = {};
  for (const action of input.clusterActions) clusterActions[action] = (clusterActions[action] ?? 0) + 1;
  return {
    acknowledgeSeconds: secondsBetween(incident.declaredAt, incident.acknowledgedAt),
    containSeconds: secondsBetween(incident.declaredAt, incident.containedAt),
    resolveSeconds: secondsBetween(incident.declaredAt, incident.resolvedAt ?? incident.closedAt),
    acknowledgeBreached: policy ? isAcknowledgeBreached(incident, policy.acknowledgeWithinMinutes, now) : false,
    updateBreaches: policy ? countUpdateBreaches(incident, policy.updateEveryMinutes, input.updateTimes, now) : 0,
    obligationsOnTime: obligations.onTime,
    obligationsLate: obligations.late,
    actionItemsOpen: open.length,
    actionItemsOverdue: open.filter((item) => item.dueAt < now).length,
    evidenceCount: input.evidenceCount,
    clusterActions,
  };
}
