import "server-only";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { inboxItemKey, type InboxItemKind } from "@/lib/rules/inbox/inbox-item-key";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";

export type InboxItem = {
  key: string;
  kind: InboxItemKind;
  incidentId: string;
  incident: string;
  title: string;
  // When it reached this person (or began to wait for them).
  at: Date;
  dueAt: Date | null;
  unread: boolean;
};

export type Inbox = { items: InboxItem[]; unread: number };

// Enough for a bell's list; the war rooms hold the rest.
const PER_KIND = 50;

const INCIDENT_BRIEF = { id: true, number: true, title: true } as const;

/**
 * What needs this person now, derived from the incidents they may see (a
 * restricted incident they are not on never shows): cluster actions waiting
 * for a second person on incidents they lead or deputise (the people
 * notified, never the requester), open tasks assigned to them, and
 * incidents they lead that nobody has acknowledged yet. Closed incidents
 * need nothing. Newest first; read marks say what is unread.
 */
export async function listInbox(user: Pick<SessionUser, "id" | "role">): Promise<Inbox> {
  const open = { ...visibleIncidents(user), status: { not: "CLOSED" as const } };
  const writes = can(user.role, "incidents:write");
  const [approvals, tasks, unacknowledged] = await Promise.all([
    writes
      ? db.clusterAction.findMany({
          where: {
            status: "AWAITING_APPROVAL",
            requestedById: { not: user.id },
            incident: { ...open, roles: { some: { userId: user.id, kind: { in: ["LEAD", "DEPUTY"] }, releasedAt: null } } },
          },
          orderBy: { createdAt: "desc" },
          take: PER_KIND,
          select: { id: true, action: true, requestedBy: true, createdAt: true, incident: { select: INCIDENT_BRIEF } },
        })
      : [],
    db.incidentTask.findMany({
      where: { assigneeId: user.id, state: "OPEN", incident: open },
      orderBy: { createdAt: "desc" },
      take: PER_KIND,
      select: { id: true, title: true, createdAt: true, dueAt: true, incident: { select: INCIDENT_BRIEF } },
    }),
    db.incident.findMany({
      where: { ...open, leadId: user.id, acknowledgedAt: null },
      orderBy: { declaredAt: "desc" },
      take: PER_KIND,
      select: { ...INCIDENT_BRIEF, declaredAt: true, severity: { select: { policy: true } } },
    }),
  ]);

  const items: Omit<InboxItem, "unread">[] = [
    ...approvals.map((action) => ({
      key: inboxItemKey("approval", action.id),
      kind: "approval" as const,
      incidentId: action.incident.id,
      incident: `${formatIncidentNumber(action.incident.number)} ${action.incident.title}`,
      title: `Approve or reject “${action.action.replaceAll("_", " ")}”, asked by ${action.requestedBy}`,
      at: action.createdAt,
      dueAt: null,
    })),
    ...tasks.map((task) => ({
      key: inboxItemKey("task", task.id, user.id),
      kind: "task" as const,
      incidentId: task.incident.id,
      incident: `${formatIncidentNumber(task.incident.number)} ${task.incident.title}`,
      title: `Task: ${task.title}`,
      at: task.createdAt,
      dueAt: task.dueAt,
    })),
    ...unacknowledged.map((incident) => ({
      key: inboxItemKey("acknowledgement", incident.id),
      kind: "acknowledgement" as const,
      incidentId: incident.id,
      incident: `${formatIncidentNumber(incident.number)} ${incident.title}`,
      title: "Acknowledge: you lead it and nobody has acknowledged it yet",
      at: incident.declaredAt,
      dueAt: acknowledgeBy(incident.declaredAt, incident.severity.policy),
    })),
  ];
  const read = items.length
    ? new Set((await db.inboxRead.findMany({ where: { userId: user.id, itemKey: { in: items.map((item) => item.key) } }, select: { itemKey: true } })).map((row) => row.itemKey))
    : new Set<string>();
  const withRead = items.map((item) => ({ ...item, unread: !read.has(item.key) })).sort((a, b) => b.at.getTime() - a.at.getTime());
  return { items: withRead, unread: withRead.filter((item) => item.unread).length };
}

// The severity's acknowledge-within clock from the declaration, when the
// stored policy names one.
function acknowledgeBy(declaredAt: Date, policy: unknown): Date | null {
  const minutes = (policy as { acknowledgeWithinMinutes?: unknown } | null)?.acknowledgeWithinMinutes;
  return typeof minutes === "number" ? new Date(declaredAt.getTime() + minutes * 60_000) : null;
}
