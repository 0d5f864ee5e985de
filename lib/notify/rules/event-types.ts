// What Cordon tells people about. Pure constants, shared by the server and
// the settings UI (channel and contact-method filters).
export const NOTIFY_EVENT_TYPES = [
  "declared",
  "severity_raised",
  "severity_lowered",
  "lead_assigned",
  "role_assigned",
  "status_changed",
  "acknowledged",
  "escalation",
  "update_overdue",
  "deadline_due",
  "cluster_action_awaiting_approval",
  "cluster_action_decided",
  "evidence_integrity_failed",
  "action_item_assigned",
  "action_item_overdue",
  "review_requested",
] as const;

export type NotifyEventType = (typeof NOTIFY_EVENT_TYPES)[number];

export const EVENT_LABELS: Readonly<Record<NotifyEventType, string>> = {
  declared: "Incident declared",
  severity_raised: "Severity raised",
  severity_lowered: "Severity lowered",
  lead_assigned: "Lead assigned or handed over",
  role_assigned: "Role assigned",
  status_changed: "Status changed",
  acknowledged: "Incident acknowledged",
  escalation: "Escalation page (not acknowledged)",
  update_overdue: "Status update overdue",
  deadline_due: "Deadline nearing or overdue",
  cluster_action_awaiting_approval: "Cluster action awaiting approval",
  cluster_action_decided: "Cluster action approved or rejected",
  evidence_integrity_failed: "Evidence integrity check failed",
  action_item_assigned: "Post-mortem action item assigned to you",
  action_item_overdue: "Post-mortem action item overdue",
  review_requested: "Post-mortem review requested from you",
};

export function isNotifyEventType(value: unknown): value is NotifyEventType {
  return typeof value === "string" && (NOTIFY_EVENT_TYPES as readonly string[]).includes(value);
}

// Events whose message asks someone to take the incident: they carry an
// "Acknowledge" link while nobody has.
export const ACKNOWLEDGEABLE_EVENTS: readonly NotifyEventType[] = [
  "declared",
  "severity_raised",
  "escalation",
  "lead_assigned",
  "role_assigned",
];

// An empty filter means "everything", so a new event type reaches existing
// channels and contact methods without anyone editing them.
export function acceptsEvent(filter: readonly string[], type: string): boolean {
  return filter.length === 0 || filter.includes(type);
}
