// Where an audit entry's target can be seen. Settings pages are only linked
// for people who may open them (an auditor reads the trail but not the
// settings); anything without a page of its own gets no link.
export type AuditTarget = { targetType: string; targetId: string | null; targetIncidentId?: string | null };
export type AuditLinkAccess = { canManageSettings: boolean; canManageUsers: boolean };

const SETTINGS_PAGES: Record<string, string> = {
  severity: "/settings/severities",
  notify_channel: "/settings/channels",
  external_contact: "/settings/contacts",
  organisation_applicability: "/settings/regulations#applicability",
  escalation_policy: "/settings/escalation",
  regulatory_framework: "/settings/regulations",
  status_component: "/settings/status-page",
  maintenance_window: "/settings/status-page",
  status_subscriber: "/settings/status-page",
};

export function auditTargetHref(target: AuditTarget, access: AuditLinkAccess): string | null {
  const id = target.targetId;
  if (target.targetType === "incident" && id) return `/incidents/${encodeURIComponent(id)}`;
  if (target.targetType === "cluster" && id) return `/clusters/${encodeURIComponent(id)}`;
  if (target.targetType === "evidence" && target.targetIncidentId) return `/incidents/${encodeURIComponent(target.targetIncidentId)}`;
  if (target.targetType === "user") return access.canManageUsers ? "/settings/users" : null;
  const settingsPage = SETTINGS_PAGES[target.targetType];
  return settingsPage && access.canManageSettings ? settingsPage : null;
}
