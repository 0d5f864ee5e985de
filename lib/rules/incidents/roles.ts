// Incident roles (not to be confused with a user's account role): who does
// what on one incident. The rules here keep exactly one accountable lead on
// every open incident, so there is never doubt about who decides.

export const INCIDENT_ROLE_KINDS = ["LEAD", "DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"] as const;

export type IncidentRoleKind = (typeof INCIDENT_ROLE_KINDS)[number];

export const ROLE_LABELS: Readonly<Record<IncidentRoleKind, string>> = {
  LEAD: "Lead",
  DEPUTY: "Deputy lead",
  COMMS: "Communications",
  SCRIBE: "Scribe",
  FORENSICS: "Forensics",
  LEGAL: "Legal",
};

export const ROLE_DESCRIPTIONS: Readonly<Record<IncidentRoleKind, string>> = {
  LEAD: "Runs the response and makes the calls: severity, status, cluster actions.",
  DEPUTY: "Backs up the lead and takes over if the lead hands off or is unavailable.",
  COMMS: "Keeps executives, staff and customers informed on the update schedule.",
  SCRIBE: "Records decisions and actions on the timeline as they happen.",
  FORENSICS: "Preserves and analyses evidence: snapshots, logs, chain of custody.",
  LEGAL: "Decides which regulations apply and owns filings with regulators.",
};

export function isIncidentRoleKind(value: unknown): value is IncidentRoleKind {
  return typeof value === "string" && (INCIDENT_ROLE_KINDS as readonly string[]).includes(value);
}

/** An active (not ended) role assignment on the incident. */
export interface RoleHolder {
  kind: IncidentRoleKind;
  userId: string;
}

export type RoleCheckResult = { ok: true } | { ok: false; errors: string[] };

function toResult(errors: string[]): RoleCheckResult {
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export interface RoleAssignmentInput {
  kind: IncidentRoleKind;
  assigneeId: string;
  assigneeActive: boolean;
  currentHolders: readonly RoleHolder[];
  incidentOpen: boolean;
}

/** Whether `assigneeId` may be given `kind` on this incident. Every problem is reported, not just the first. */
export function checkRoleAssignment(input: RoleAssignmentInput): RoleCheckResult {
  const { kind, assigneeId, assigneeActive, currentHolders, incidentOpen } = input;
  const errors: string[] = [];
  if (!incidentOpen) errors.push("This incident is closed: reopen it before assigning roles.");
  if (!assigneeActive) errors.push("This person's account is deactivated: choose an active responder.");

  const heldByAssignee = currentHolders.filter((h) => h.userId === assigneeId).map((h) => h.kind);
  if (heldByAssignee.includes(kind)) {
    errors.push(`This person already holds the ${ROLE_LABELS[kind]} role on this incident.`);
  } else if (kind === "LEAD" && currentHolders.some((h) => h.kind === "LEAD")) {
    errors.push("This incident already has a lead: hand over instead.");
  }
  // A deputy exists to take over from the lead; the same person in both roles leaves no backup.
  if (kind === "DEPUTY" && heldByAssignee.includes("LEAD")) {
    errors.push("The lead can't also be the deputy: a deputy is there to take over, so choose someone else.");
  }
  if (kind === "LEAD" && heldByAssignee.includes("DEPUTY")) {
    errors.push("This person is the deputy: hand the lead over to them instead.");
  }
  return toResult(errors);
}

export interface RoleReleaseInput {
  kind: IncidentRoleKind;
  userId: string;
  currentHolders: readonly RoleHolder[];
  incidentOpen: boolean;
}

/** Whether `userId` may be removed from `kind`. Removing the only lead of an open incident is refused. */
export function checkRoleRelease(input: RoleReleaseInput): RoleCheckResult {
  const { kind, userId, currentHolders, incidentOpen } = input;
  const errors: string[] = [];
  if (!currentHolders.some((h) => h.kind === kind && h.userId === userId)) {
    errors.push(`This person doesn't hold the ${ROLE_LABELS[kind]} role on this incident.`);
  } else if (kind === "LEAD" && incidentOpen) {
    errors.push("An open incident must keep a lead: hand over to someone else instead of removing the lead.");
  }
  return toResult(errors);
}

export interface LeadHandoverInput {
  toUserId: string;
  toUserActive: boolean;
  currentHolders: readonly RoleHolder[];
  incidentOpen: boolean;
}

/**
 * Whether the lead may pass to `toUserId`. A handover ends the old lead's
 * assignment and starts the new one in one step, so the incident is never
 * without a lead; it also works when there is no lead yet (taking an incident).
 * When the new lead was the deputy, the caller ends that deputy assignment in
 * the same step (checkRoleAssignment refuses a lead who is also deputy).
 */
export function checkLeadHandover(input: LeadHandoverInput): RoleCheckResult {
  const { toUserId, toUserActive, currentHolders, incidentOpen } = input;
  const errors: string[] = [];
  if (!incidentOpen) errors.push("This incident is closed: reopen it before handing over the lead.");
  if (!toUserActive) errors.push("This person's account is deactivated: choose an active responder.");
  if (currentHolders.some((h) => h.kind === "LEAD" && h.userId === toUserId)) {
    errors.push("This person already leads this incident.");
  }
  return toResult(errors);
}

/** The user ids holding the lead role; more than one means the data breaks the one-lead rule. */
export function findLeads(currentHolders: readonly RoleHolder[]): string[] {
  return currentHolders.filter((h) => h.kind === "LEAD").map((h) => h.userId);
}
