// A public component's state, worst first. The effective state is the worst
// of its manual state and the impacts of active published incidents.
export const COMPONENT_STATES = ["major_outage", "partial_outage", "degraded", "maintenance", "operational"] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const COMPONENT_STATE_LABELS: Record<ComponentState, string> = {
  operational: "Operational",
  degraded: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  maintenance: "Under maintenance",
};

export function worstState(states: readonly ComponentState[]): ComponentState {
  let worst: ComponentState = "operational";
  for (const state of states) if (COMPONENT_STATES.indexOf(state) < COMPONENT_STATES.indexOf(worst)) worst = state;
  return worst;
}

export type StateChange = { state: ComponentState; at: Date };

export type UptimeDay = { date: string; worst: ComponentState; uptimePercent: number };

const DAY_MS = 24 * 60 * 60_000;

// Per-day bars for the last `days` days (UTC days), from the history of
// state changes: the share of each day spent operational or in maintenance
// counts as up, and the worst state seen colours the bar.
export function uptimeBars(changes: readonly StateChange[], now: Date, days = 90): UptimeDay[] {
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const todayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const bars: UptimeDay[] = [];
  for (let d = days - 1; d >= 0; d--) {
    const start = todayStart - d * DAY_MS;
    const end = Math.min(start + DAY_MS, now.getTime());
    let state: ComponentState = "operational";
    for (const change of sorted) if (change.at.getTime() <= start) state = change.state;
    let cursor = start;
    let down = 0;
    let worst = state;
    for (const change of sorted) {
      const at = change.at.getTime();
      if (at <= start || at >= end) continue;
      if (isDown(state)) down += at - cursor;
      cursor = at;
      state = change.state;
      worst = worstState([worst, state]);
    }
    if (isDown(state)) down += end - cursor;
    const span = Math.max(1, end - start);
    bars.push({ date: new Date(start).toISOString().slice(0, 10), worst, uptimePercent: Number((100 * (1 - down / span)).toFixed(2)) });
  }
  return bars;
}

function isDown(state: ComponentState): boolean {
  return state === "major_outage" || state === "partial_outage";
}
