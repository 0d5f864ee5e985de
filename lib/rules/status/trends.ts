// Twelve weeks of history for the executive page, as weekly points. Pure:
// the caller reads incidents and obligations (drills already left out).

const DAY_MS = 24 * 60 * 60_000;
const WEEK_MS = 7 * DAY_MS;

export interface TrendIncident {
  severityKey: string;
  declaredAt: Date;
  acknowledgedAt: Date | null;
  containedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

export interface TrendObligation {
  dueAt: Date;
  submittedAt: Date | null;
  notApplicableAt: Date | null;
}

export interface WeekPoint {
  /** Monday of the week (UTC), yyyy-mm-dd. */
  week: string;
  /** Open at the end of the week (or now, for the current week), per severity key. */
  open: Record<string, number>;
  /** Mean minutes from declaration to acknowledgement / containment for incidents declared that week; null when none was measured. */
  minutesToAcknowledge: number | null;
  minutesToContain: number | null;
  /** Reporting deadlines falling due that week: filed in time, filed late or missed, still running. */
  deadlinesMet: number;
  deadlinesLate: number;
}

export function weekStartOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function buildWeeklyTrends(incidents: readonly TrendIncident[], obligations: readonly TrendObligation[], now: Date, weeks = 12): WeekPoint[] {
  const first = weekStartOf(new Date(now.getTime() - (weeks - 1) * WEEK_MS));
  const points: WeekPoint[] = [];
  for (let i = 0; i < weeks; i++) {
    const start = new Date(first.getTime() + i * WEEK_MS);
    const end = new Date(Math.min(start.getTime() + WEEK_MS, now.getTime()));
    const open: Record<string, number> = {};
    const acknowledge: number[] = [];
    const contain: number[] = [];
    for (const incident of incidents) {
      const endedAt = incident.resolvedAt ?? incident.closedAt;
      if (incident.declaredAt < end && (!endedAt || endedAt >= end)) open[incident.severityKey] = (open[incident.severityKey] ?? 0) + 1;
      if (incident.declaredAt >= start && incident.declaredAt < end) {
        if (incident.acknowledgedAt) acknowledge.push((incident.acknowledgedAt.getTime() - incident.declaredAt.getTime()) / 60_000);
        if (incident.containedAt) contain.push((incident.containedAt.getTime() - incident.declaredAt.getTime()) / 60_000);
      }
    }
    let met = 0;
    let late = 0;
    for (const obligation of obligations) {
      if (obligation.notApplicableAt || obligation.dueAt < start || obligation.dueAt >= end) continue;
      if (obligation.submittedAt && obligation.submittedAt <= obligation.dueAt) met++;
      else if (obligation.submittedAt || obligation.dueAt < now) late++;
    }
    points.push({ week: start.toISOString().slice(0, 10), open, minutesToAcknowledge: mean(acknowledge), minutesToContain: mean(contain), deadlinesMet: met, deadlinesLate: late });
  }
  return points;
}

/** Mean minutes over every measured span; null when nothing was measured (never 0). */
export function meanMinutes(pairs: readonly (readonly [Date, Date | null])[]): number | null {
  return mean(pairs.filter((pair): pair is readonly [Date, Date] => pair[1] !== null).map(([start, end]) => (end.getTime() - start.getTime()) / 60_000));
}

/** "—" when nothing was measured; "0 min" only for a real zero. */
export function formatMinutes(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value < 90 ? `${value} min` : `${(value / 60).toFixed(1)} h`;
}
