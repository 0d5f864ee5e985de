import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { IncidentRoleKind } from "@/lib/rules/incidents/roles";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import type { AckSubject } from "./ack/ack-token";
import { effectivePolicy } from "./escalation/policy-store";
import { startEscalation } from "./escalation/start-escalation";
import { stopEscalations } from "./escalation/stop-escalations";
import { holdersOf, loadIncidentContext } from "./incident-context";
import { queueEvent, type QueuedEvent } from "./queue-event";
import { resolveRoutes } from "./resolve-routes";
import { ACKNOWLEDGEABLE_EVENTS, type NotifyEventType } from "./rules/event-types";

export type TQueueNotificationInput = {
  // "severity_changed" becomes severity_raised or severity_lowered.
  type: NotifyEventType | "severity_changed";
  incidentId: string;
  // Makes the event idempotent: the same type, incident and key queue once
  // (a scan that runs every minute, a job retried after a crash).
  key?: string;
  data?: Record<string, unknown>;
  // People to tell besides those the event type implies.
  userIds?: string[];
  roles?: IncidentRoleKind[];
  // Something besides the incident that needs acknowledging (a task with a
  // deadline): escalates like the incident does.
  subject?: { type: "task"; id: string };
  // Personal events (an action item for its owner) go to the people named
  // only, not to the severity's shared channels.
  personalOnly?: boolean;
  now?: Date;
};

// Who is told about each event, beyond the severity's channels.
const ROLES_BY_EVENT: Partial<Record<NotifyEventType, IncidentRoleKind[]>> = {
  update_overdue: ["LEAD", "COMMS"],
  deadline_due: ["LEAD", "LEGAL"],
  cluster_action_awaiting_approval: ["LEAD", "DEPUTY"],
  evidence_integrity_failed: ["LEAD", "FORENSICS"],
};

async function severityDirection(tx: Tx, data: Record<string, unknown>): Promise<"severity_raised" | "severity_lowered"> {
  const rows = await tx.severity.findMany({ where: { key: { in: [String(data.from), String(data.to)] } }, select: { key: true, rank: true } });
  const rank = (key: unknown) => rows.find((row) => row.key === key)?.rank ?? Number.MAX_SAFE_INTEGER;
  return rank(data.to) < rank(data.from) ? "severity_raised" : "severity_lowered";
}

// The one way anything in Cordon notifies people. Call it inside the
// transaction of the change it is about: the outbox rows, acknowledge links
// and escalation commit (or roll back) with the change. Other domains call
// it too, e.g. { type: "deadline_due", incidentId, key: obligationId,
// data: { label, dueAt, overdue } }.
export async function queueNotification(tx: Tx, input: TQueueNotificationInput): Promise<QueuedEvent> {
  const now = input.now ?? new Date();
  const context = await loadIncidentContext(tx, input.incidentId);
  const data: Record<string, unknown> = { ...(input.data ?? {}) };
  const type: NotifyEventType = input.type === "severity_changed" ? await severityDirection(tx, data) : input.type;
  const [severity, policy] = await Promise.all([getSeverityPolicy(tx, context.severityKey), effectivePolicy(tx, context.severityKey)]);
  const incidentSubject: AckSubject = { type: "incident", id: input.incidentId };
  const waiting = context.acknowledgedAt === null && context.status !== "CLOSED";
  const userIds = [...(input.userIds ?? []), ...holdersOf(context, [...(ROLES_BY_EVENT[type] ?? []), ...(input.roles ?? [])])];
  let ack: AckSubject | null = waiting && ACKNOWLEDGEABLE_EVENTS.includes(type) ? incidentSubject : null;
  let role: { id: string; userId: string } | undefined;

  if (type === "declared") data.leadName = context.snapshot.leadName;
  if (type === "lead_assigned" || type === "role_assigned") {
    role = context.roles.find((held) => held.kind === data.role && held.userId === data.userId);
    if (role) {
      userIds.push(role.userId);
      ack = { type: "role", id: role.id };
    }
  }
  if (type === "acknowledged") {
    const acknowledgedRoles = context.roles.filter((held) => held.acknowledgedAt !== null).map((held) => held.id);
    await stopEscalations(tx, { incidentId: input.incidentId, subjectType: "role", subjectId: { in: acknowledgedRoles } }, "acknowledged", now);
    if (data.firstAcknowledgement === false) return { eventId: null, deliveryIds: [], duplicate: false };
    await stopEscalations(tx, { incidentId: input.incidentId, subjectType: "incident" }, "acknowledged", now);
  }
  if (type === "status_changed" && data.to === "CLOSED") await stopEscalations(tx, { incidentId: input.incidentId }, "incident closed", now);
  // A severity without a policy notifies nobody: admins decide per severity
  // who hears about what, and the settings page says so. Personal events
  // (your action item, your review to read) are not the severity's to
  // decide: they reach the person through their own contact methods.
  if (!policy.configured && !input.personalOnly) return { eventId: null, deliveryIds: [], duplicate: false };

  // A PagerDuty service paged by an escalation level (not only the ones
  // told about every change) must hear the acknowledgement and resolution
  // too, or its alert would stay open.
  const paged =
    type === "acknowledged" || type === "status_changed"
      ? await tx.notificationDelivery.findMany({ where: { incidentId: input.incidentId, channel: { kind: "PAGERDUTY" } }, distinct: ["channelId"], select: { channelId: true } })
      : [];
  const routes = await resolveRoutes(tx, {
    type,
    data,
    outOfBandOnly: severity.outOfBandOnly,
    broadcastChannelIds: input.personalOnly ? [] : policy.channelIds,
    directChannelIds: paged.map((row) => row.channelId),
    userIds,
  });
  const queued = await queueEvent(tx, {
    dedupKey: `${type}:${input.incidentId}:${input.key ?? randomUUID()}`,
    type,
    incident: context.snapshot,
    data,
    routes,
    ack,
    now,
  });
  if (queued.duplicate) return queued;

  const base = { incidentId: input.incidentId, severityKey: context.severityKey, levels: policy.levels, repeat: policy.repeat, now };
  if ((type === "declared" || type === "severity_raised") && waiting) {
    await startEscalation(tx, { ...base, subject: incidentSubject });
  }
  if (role) {
    await startEscalation(tx, { ...base, subject: { type: "role", id: role.id }, alreadyNotified: { waitMinutes: severity.acknowledgeWithinMinutes, userId: role.userId } });
  }
  if (input.subject?.type === "task" && context.status !== "CLOSED") {
    const asked = userIds[0];
    await startEscalation(tx, {
      ...base,
      subject: input.subject,
      ...(asked ? { alreadyNotified: { waitMinutes: severity.acknowledgeWithinMinutes, userId: asked } } : {}),
    });
  }
  return queued;
}
