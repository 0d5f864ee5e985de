// Falco's eight syslog-style priorities, and the usual Prometheus severities
// placed among them, so routing rules and sorting compare one scale.
const RANKS: Readonly<Record<string, number>> = {
  emergency: 1,
  alert: 2,
  critical: 3,
  page: 3,
  error: 4,
  high: 4,
  warning: 5,
  medium: 5,
  notice: 6,
  low: 6,
  informational: 7,
  info: 7,
  none: 7,
  debug: 8,
};

// Unknown words are kept as sent and sorted with "notice": visible, never urgent.
export const UNKNOWN_PRIORITY_RANK = 6;

export function normalizePriority(value: unknown, fallback = "warning"): { priority: string; priorityRank: number } {
  const priority = typeof value === "string" && value.trim() !== "" ? value.trim().toLowerCase().slice(0, 40) : fallback;
  return { priority, priorityRank: RANKS[priority] ?? UNKNOWN_PRIORITY_RANK };
}
