import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { listSeverityPolicies } from "@/lib/severities/list-severities";

/** Incidents the executive page lists as open: not yet recovered. */
export function openForExecutives(user: SessionUser): Prisma.IncidentWhereInput {
  return { AND: [visibleIncidents(user), { status: { notIn: ["RECOVERED", "POST_INCIDENT", "CLOSED"] } }] };
}

// The one line an executive reads first: how many incidents are open at
// each severity, the next reporting deadline anywhere, and how many wait
// for a decision (a cluster action awaiting a second person's approval).
// Counted in the database, so it stays right however many are open.
export async function getStatusSummary(user: SessionUser) {
  const open = openForExecutives(user);
  const real = { AND: [open, { drill: false }] };
  const [policies, counts, drills, next, awaitingDecision] = await Promise.all([
    listSeverityPolicies(),
    db.incident.groupBy({ by: ["severityKey"], where: real, _count: { _all: true } }),
    db.incident.count({ where: { AND: [open, { drill: true }] } }),
    db.incidentObligation.findFirst({
      where: { submittedAt: null, notApplicableAt: null, effectiveDueAt: { not: null }, incident: real },
      orderBy: { effectiveDueAt: "asc" },
      select: { title: true, frameworkKey: true, effectiveDueAt: true, incident: { select: { id: true, number: true, title: true } } },
    }),
    db.incident.count({ where: { AND: [open, { clusterActions: { some: { status: "AWAITING_APPROVAL" } } }] } }),
  ]);
  const countByKey = new Map(counts.map((row) => [row.severityKey, row._count._all]));
  return {
    bySeverity: policies.map((policy) => ({ key: policy.key, count: countByKey.get(policy.key) ?? 0 })),
    totalOpen: counts.reduce((sum, row) => sum + row._count._all, 0),
    drills,
    nextDeadline: next?.effectiveDueAt
      ? {
          title: next.title,
          framework: next.frameworkKey,
          dueAt: next.effectiveDueAt,
          incidentId: next.incident.id,
          reference: formatIncidentNumber(next.incident.number),
          incidentTitle: next.incident.title,
        }
      : null,
    awaitingDecision,
  };
}

export type StatusSummary = Awaited<ReturnType<typeof getStatusSummary>>;
