// Timeline filters by what people look for, not by internal event names.
// Each group is a set of event types or a type prefix, so one indexed
// (incident, type, id) range serves it.

export type TimelineGroup = { label: string; prefix?: string; types?: readonly string[] };

export const TIMELINE_GROUPS = {
  cluster: { label: "Cluster actions", prefix: "cluster_action_" },
  evidence: { label: "Evidence", prefix: "evidence_" },
  deadlines: {
    label: "Deadlines and filings",
    types: ["trigger_recorded", "trigger_corrected", "frameworks_suggested", "framework_accepted", "framework_dismissed", "catalog_reapplied", "obligation_submitted", "obligation_not_applicable", "obligation_extended", "deadline_reminder"],
  },
  notifications: { label: "Notifications and escalations", types: ["notification_failed", "escalated", "acknowledged"] },
  updates: { label: "Status updates", types: ["status_update", "published"] },
} as const satisfies Record<string, TimelineGroup>;

export type TimelineGroupKey = keyof typeof TIMELINE_GROUPS;

export function isTimelineGroup(value: string): value is TimelineGroupKey {
  return Object.hasOwn(TIMELINE_GROUPS, value);
}

// Each Kubernetes call of an action is on the record, but the timeline shows
// an action as one entry that expands to its steps: the per-call events are
// left out unless asked for by name.
export const STEP_EVENT_TYPE = "cluster_action_step";
