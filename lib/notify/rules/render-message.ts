// The words of every notification. Short, says what to do, links to the
// incident. A restricted incident sent to a channel not cleared for it says
// only that a restricted incident needs you, with the link. Pure.
import { ROLE_LABELS, type IncidentRoleKind } from "@/lib/rules/incidents/roles";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/rules/incidents/statuses";
import { formatMinutes } from "./describe-timeline";
import type { NotifyEventType } from "./event-types";

export type IncidentSnapshot = {
  id: string;
  reference: string;
  title: string;
  severity: string;
  severityRank: number;
  status: string;
  restricted: boolean;
  drill: boolean;
  leadName: string | null;
};

export type EventSnapshot = { type: NotifyEventType | "test"; incident: IncidentSnapshot | null; data: Record<string, unknown> };

export type Message = {
  type: string;
  title: string;
  text: string;
  incidentUrl: string | null;
  ackUrl: string | null;
  redacted: boolean;
  incident: IncidentSnapshot | null;
};

const str = (value: unknown, fallback = "") => (typeof value === "string" && value.trim() !== "" ? value : fallback);
const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);

function utc(value: unknown): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? "soon" : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function day(value: unknown): string {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? "soon" : date.toISOString().slice(0, 10);
}

function headline(event: EventSnapshot): { title: string; text: string } {
  const d = event.data;
  const role = (value: unknown) => ROLE_LABELS[value as IncidentRoleKind] ?? str(value, "a role");
  switch (event.type) {
    case "test":
      return { title: "Cordon test message", text: `This channel works. Sent by ${str(d.by, "an administrator")}; no action needed.` };
    case "declared":
      return { title: "declared", text: `Lead: ${str(d.leadName, "not assigned")}. If you are taking it, acknowledge now, then open the war room.` };
    case "severity_raised":
      return { title: `raised from ${str(d.from)} to ${str(d.to)}`, text: "Check the new runbook tasks and the roles still to fill." };
    case "severity_lowered":
      return { title: `lowered from ${str(d.from)} to ${str(d.to)}`, text: "No action needed unless you disagree with the new severity." };
    case "lead_assigned":
      return {
        title: `${str(d.assigneeName, "someone")} is now the lead`,
        text: `${d.handover ? `Handed over from ${str(d.previousLeadName, "the previous lead")}. ` : ""}${str(d.assigneeName, "The new lead")}: acknowledge to confirm you are leading.`,
      };
    case "role_assigned":
      return { title: `${str(d.assigneeName, "someone")} assigned as ${role(d.role)}`, text: "Acknowledge to confirm, then open the war room." };
    case "status_changed":
      return {
        title: `is now ${STATUS_LABELS[d.to as IncidentStatus] ?? str(d.to)}`,
        text: `Moved from ${STATUS_LABELS[d.from as IncidentStatus] ?? str(d.from)}. Open the incident for details.`,
      };
    case "acknowledged":
      return { title: `acknowledged by ${str(d.byName, "a responder")}`, text: "Escalation has stopped. No action needed." };
    case "escalation":
      if (num(d.minutesWaiting) === 0) {
        return { title: "needs someone to take it", text: `You are on call for it (level ${num(d.level)}). Acknowledge now, then open the war room.` };
      }
      return {
        title: `${str(d.subjectLabel, "the incident")} not acknowledged after ${formatMinutes(num(d.minutesWaiting))}`,
        text: `You are being paged (level ${num(d.level)}). Acknowledge now, or open the incident and hand it to someone who can.`,
      };
    case "update_overdue":
      return {
        title: `${event.incident?.severity ?? ""} update overdue by ${num(d.overdueMinutes) < 1 ? "less than a minute" : formatMinutes(num(d.overdueMinutes))}`.trim(),
        text: "Post a status update for stakeholders now.",
      };
    case "deadline_due":
      return {
        title: `${d.overdue ? "deadline overdue" : "deadline due"}: ${str(d.label, "a deadline")} (${utc(d.dueAt)})`,
        text: str(d.action, "File it, or record why it does not apply."),
      };
    case "cluster_action_awaiting_approval":
      return {
        title: `cluster action awaiting approval: ${str(d.action, "an action")}`,
        text: `${str(d.target, "A target")} on ${str(d.cluster, "a cluster")} — requested by ${str(d.requestedBy, "a responder")}${str(d.reason) ? `: ${str(d.reason)}` : ""}. Review the previewed steps and approve or reject.`,
      };
    case "cluster_action_decided":
      return d.decision === "rejected"
        ? {
            title: `cluster action rejected: ${str(d.label, str(d.action, "an action"))}`,
            text: `${str(d.decidedBy, "An approver")} rejected it: ${str(d.reason, "no reason given")}. Nothing was changed on ${str(d.cluster, "the cluster")}.`,
          }
        : {
            title: `cluster action approved: ${str(d.label, str(d.action, "an action"))}`,
            text: `${str(d.decidedBy, "An approver")} approved it; Cordon is applying it to ${str(d.target, "the target")} on ${str(d.cluster, "the cluster")} now.`,
          };
    case "evidence_integrity_failed":
      return {
        title: `evidence integrity check failed: ${str(d.evidenceName, "an artefact")}`,
        text: "Its content no longer matches the recorded hash. Keep every copy as it is and investigate who touched it.",
      };
    case "action_item_assigned":
      return {
        title: `action item for you: ${str(d.title, "an action item")} (due ${day(d.dueAt)})`,
        text: `Assigned by ${str(d.assignedBy, "a post-mortem author")}. Open the review to see why it matters.`,
      };
    case "action_item_overdue":
      return {
        title: `action item overdue: ${str(d.title, "an action item")} (was due ${day(d.dueAt)})`,
        text: "Finish it, move its due date, or mark it won't do with a reason.",
      };
    case "review_requested":
      return {
        title: "post-mortem review requested",
        text: `${str(d.requestedBy, "An author")} named you as a reviewer. Read it, then approve or ask for changes.`,
      };
  }
}

export function renderMessage(event: EventSnapshot, options: { restrictedChannel: boolean; incidentUrl: string | null; ackUrl: string | null }): Message {
  const incident = event.incident;
  const redacted = Boolean(incident?.restricted) && !options.restrictedChannel;
  const base = { type: event.type, incidentUrl: options.incidentUrl, ackUrl: options.ackUrl, redacted };
  if (redacted) {
    // Being a drill reveals nothing of the incident, and must never be missed.
    return { ...base, title: `${incident?.drill ? "[DRILL] " : ""}A restricted incident needs you`, text: "Details are shown only in Cordon. Open the link.", incident: null };
  }
  const { title, text } = headline(event);
  if (!incident) return { ...base, title, text, incident: null };
  const prefix = `${incident.drill ? "[DRILL] " : ""}[${incident.severity}] ${incident.reference}`;
  // A drill incident's title already starts with "[DRILL]"; say it once.
  const about = event.type === "declared" ? `${prefix} declared: ${incident.drill ? incident.title.replace(/^\[DRILL\]\s*/, "") : incident.title}` : `${prefix} ${title}`;
  return { ...base, title: about, text, incident };
}

// One plain-text rendering for email bodies, SMS and logs.
export function messageAsText(message: Message): string {
  const lines = [message.title, "", message.text];
  if (message.ackUrl) lines.push("", `Acknowledge: ${message.ackUrl}`);
  if (message.incidentUrl) lines.push(`Open: ${message.incidentUrl}`);
  return lines.join("\n");
}
