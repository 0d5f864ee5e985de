// The timeline's event types grouped the way a review reads them, for the
// editor's filter and the document's "kind" column.
export const EVENT_KINDS = ["status", "severity", "roles", "notes", "cluster_actions", "evidence", "status_updates", "escalations", "regulatory", "tasks", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  status: "Status changes",
  severity: "Severity changes",
  roles: "Role changes",
  notes: "Notes",
  cluster_actions: "Cluster actions",
  evidence: "Evidence",
  status_updates: "Status updates",
  escalations: "Escalations and notifications",
  regulatory: "Regulatory",
  tasks: "Tasks",
  other: "Other",
};

const EXACT: Record<string, EventKind> = {
  declared: "status",
  status_changed: "status",
  severity_changed: "severity",
  role_assigned: "roles",
  role_released: "roles",
  lead_handed_over: "roles",
  acknowledged: "roles",
  participant_added: "roles",
  note: "notes",
  escalated: "escalations",
  notification_failed: "escalations",
  published: "status_updates",
  status_update: "status_updates",
};

const PREFIXES: readonly [string, EventKind][] = [
  ["cluster_action", "cluster_actions"],
  ["evidence", "evidence"],
  ["status_update", "status_updates"],
  ["public_status", "status_updates"],
  ["obligation", "regulatory"],
  ["framework", "regulatory"],
  ["deadline", "regulatory"],
  ["trigger", "regulatory"],
  ["escalat", "escalations"],
  ["notification", "escalations"],
  ["task", "tasks"],
];

export function classifyEvent(type: string): EventKind {
  const exact = EXACT[type];
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => type.startsWith(prefix))?.[1] ?? "other";
}

/** The review's own edits are on the incident's timeline too, but never part of the reviewed record. */
export function isReviewEvent(type: string): boolean {
  return type.startsWith("post_mortem.");
}

/** The types of a kind, as far as they are known, for filtering in SQL. Null for "other". */
export function eventTypeFilter(kind: EventKind): { exact: string[]; prefixes: string[] } | null {
  if (kind === "other") return null;
  return {
    exact: Object.entries(EXACT).filter(([, k]) => k === kind).map(([type]) => type),
    prefixes: PREFIXES.filter(([, k]) => k === kind).map(([prefix]) => prefix),
  };
}
