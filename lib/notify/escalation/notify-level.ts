import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import type { Tx } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { holdersOf, loadIncidentContext, type IncidentContext } from "../incident-context";
import { escalateQueue } from "../job-names";
import { queueEvent } from "../queue-event";
import { resolveRoutes } from "../resolve-routes";
import { nextStepAt } from "../rules/describe-timeline";
import type { ResolvedLevel } from "../rules/escalation-policy";

export type EscalationRow = {
  id: string;
  incidentId: string;
  subjectType: string;
  subjectId: string;
  levels: ResolvedLevel[];
  repeat: number;
  level: number;
  cycle: number;
  createdAt: Date;
};

async function subjectState(tx: Tx, row: EscalationRow, context: IncidentContext): Promise<{ done: string | null; label: string }> {
  if (context.status === "CLOSED") return { done: "incident closed", label: "the incident" };
  if (row.subjectType === "role") {
    const role = await tx.incidentRole.findUnique({ where: { id: row.subjectId }, select: { kind: true, acknowledgedAt: true, releasedAt: true, user: { select: { name: true } } } });
    if (!role || role.releasedAt) return { done: "role released", label: "the role" };
    return { done: role.acknowledgedAt ? "acknowledged" : null, label: `${role.user.name}'s ${role.kind.toLowerCase()} role` };
  }
  if (row.subjectType === "task") {
    const task = await tx.incidentTask.findUnique({ where: { id: row.subjectId }, select: { title: true, state: true } });
    if (!task) return { done: "task removed", label: "the task" };
    return { done: task.state === "OPEN" ? null : "task settled", label: `task "${task.title}"` };
  }
  return { done: context.acknowledgedAt ? "acknowledged" : null, label: "the incident" };
}

// Notifies the escalation's current level, unless its subject was
// acknowledged meanwhile, and schedules the next. The conditional update on
// (level, cycle) claims the step: two workers never page the same level.
export async function notifyEscalationLevel(tx: Tx, row: EscalationRow, now: Date, initial = false): Promise<"notified" | "stopped" | "skipped"> {
  await tx.$executeRaw`select 1 from incidents where id = ${row.incidentId}::uuid for update`;
  const context = await loadIncidentContext(tx, row.incidentId);
  const state = await subjectState(tx, row, context);
  if (state.done) {
    const stopped = await tx.escalation.updateMany({ where: { id: row.id, stoppedAt: null }, data: { stoppedAt: now, stopReason: state.done, nextAt: null } });
    return stopped.count > 0 ? "stopped" : "skipped";
  }
  const level = row.levels[row.level];
  if (!level) return "skipped";
  const next = nextStepAt(row.levels, row.repeat, row.level, row.cycle);
  const nextAt = next ? new Date(now.getTime() + level.waitMinutes * 60_000) : null;
  const claimed = await tx.escalation.updateMany({
    where: { id: row.id, level: row.level, cycle: row.cycle, stoppedAt: null },
    data: next ? { level: next.level, cycle: next.cycle, nextAt } : { nextAt: null, stoppedAt: now, stopReason: "every level notified" },
  });
  if (claimed.count === 0) return "skipped";

  const severity = await getSeverityPolicy(tx, context.severityKey);
  const userIds = level.targets.flatMap((target) => (target.type === "user" ? [target.userId] : target.type === "role" ? holdersOf(context, [target.role]) : []));
  const channelIds = level.targets.flatMap((target) => (target.type === "channel" ? [target.channelId] : []));
  const minutesWaiting = Math.max(0, Math.floor((now.getTime() - row.createdAt.getTime()) / 60_000));
  const data = { level: row.level + 1, cycle: row.cycle + 1, minutesWaiting, subjectLabel: state.label };
  const routes = await resolveRoutes(tx, { type: "escalation", data, outOfBandOnly: severity.outOfBandOnly, broadcastChannelIds: [], directChannelIds: channelIds, userIds });
  await queueEvent(tx, {
    dedupKey: `escalation:${row.id}:${row.cycle}:${row.level}`,
    type: "escalation",
    incident: context.snapshot,
    data,
    routes,
    ack: { type: row.subjectType as "incident" | "role" | "task", id: row.subjectId },
    now,
  });
  // The first page goes out with the change that started it; later ones are
  // events of their own on the record.
  if (!initial) {
    await recordIncidentChange(tx, SYSTEM_ACTOR, row.incidentId, {
      type: "escalated",
      data: { ...data, recipients: routes.map((route) => route.recipientName ?? route.channelName) },
    });
  }
  if (nextAt) await enqueueInTransaction(tx, escalateQueue, { escalationId: row.id }, { startAfter: nextAt });
  return "notified";
}
