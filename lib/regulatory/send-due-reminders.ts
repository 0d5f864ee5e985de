import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { reminderPoints } from "@/lib/rules/regulations/obligation-status";
import { queueNotification } from "@/lib/notify/queue-notification";

const OVERDUE = "overdue";

type Point = { label: string; at: Date };

// Points of an open clock that have passed and were not yet sent.
function duePoints(windowStart: Date | null, dueAt: Date, sent: readonly string[], now: Date): Point[] {
  const points: Point[] = windowStart ? reminderPoints(windowStart, dueAt) : [];
  const passed: Point[] = points.filter((p) => p.at.getTime() <= now.getTime());
  if (now.getTime() > dueAt.getTime()) passed.push({ label: OVERDUE, at: dueAt });
  return passed.filter((p) => !sent.includes(p.label));
}

/**
 * Reminds the lead and legal as a clock nears its end (50%, 75%, 90% of its
 * window, one hour left) and once it is overdue. Until notifications exist,
 * a reminder is a timeline event. Each point is sent at most once
 * (remindersSent, updated under a row lock in the same transaction as the
 * event); when several passed since the last run (e.g. the worker was
 * down), one reminder names the latest rather than a burst of stale ones.
 */
export async function sendDueReminders(now: Date): Promise<{ sent: number }> {
  const candidates = await db.incidentObligation.findMany({
    where: {
      submittedAt: null,
      notApplicableAt: null,
      // Closed incidents included: a final report may fall due after the
      // response is over, and the filing is still owed.
      OR: [{ dueAt: { not: null } }, { extendedDueAt: { not: null } }],
    },
    select: { id: true, incidentId: true, windowStart: true, dueAt: true, extendedDueAt: true, remindersSent: true },
  });
  let sent = 0;
  for (const candidate of candidates) {
    const due = candidate.extendedDueAt ?? candidate.dueAt;
    if (!due || duePoints(candidate.windowStart, due, candidate.remindersSent, now).length === 0) continue;
    if (await remindOne(candidate.id, candidate.incidentId, now)) sent += 1;
  }
  return { sent };
}

async function remindOne(obligationId: string, incidentId: string, now: Date): Promise<boolean> {
  return transaction(async (tx) => {
    // Incident first, as every incident writer locks it (no deadlock with a
    // filing in progress); then re-read, since another worker may have been first.
    await tx.$executeRaw`select 1 from incidents where id = ${incidentId}::uuid for update`;
    await tx.$executeRaw`select 1 from incident_obligations where id = ${obligationId}::uuid for update`;
    const row = await tx.incidentObligation.findUniqueOrThrow({
      where: { id: obligationId },
      select: {
        incidentId: true, frameworkKey: true, obligationKey: true, title: true, windowStart: true, dueAt: true, extendedDueAt: true,
        submittedAt: true, notApplicableAt: true, remindersSent: true,
        incident: { select: { leadId: true, roles: { where: { kind: "LEGAL", releasedAt: null }, select: { user: { select: { id: true, name: true } } } } } },
      },
    });
    const due = row.extendedDueAt ?? row.dueAt;
    if (row.submittedAt || row.notApplicableAt || !due) return false;
    const points = duePoints(row.windowStart, due, row.remindersSent, now);
    const latest = points[points.length - 1];
    if (!latest) return false;
    await tx.incidentObligation.update({
      where: { id: obligationId },
      data: { remindersSent: [...row.remindersSent, ...points.map((p) => p.label)] },
      select: { id: true },
    });
    const lead = row.incident.leadId ? await tx.user.findUnique({ where: { id: row.incident.leadId }, select: { id: true, name: true } }) : null;
    const notify = [...(lead ? [{ ...lead, role: "LEAD" }] : []), ...row.incident.roles.map((r) => ({ ...r.user, role: "LEGAL" }))];
    await recordIncidentChange(tx, SYSTEM_ACTOR, row.incidentId, {
      type: "deadline_reminder",
      isKey: latest.label === OVERDUE,
      data: {
        obligationId,
        framework: row.frameworkKey,
        obligation: row.obligationKey,
        title: row.title,
        point: latest.label,
        ...(points.length > 1 ? { alsoPassed: points.slice(0, -1).map((p) => p.label) } : {}),
        dueAt: due.toISOString(),
        remainingMinutes: Math.round((due.getTime() - now.getTime()) / 60_000),
        notify,
      },
    });
    await queueNotification(tx, { type: "deadline_due", incidentId: row.incidentId, key: `${obligationId}:${latest.label}`, data: { title: row.title, framework: row.frameworkKey, point: latest.label, dueAt: due.toISOString() }, now });
    return true;
  });
}
