import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { incidentClocks } from "@/lib/rules/incidents/clocks";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { STATUS_DESCRIPTIONS } from "@/lib/rules/incidents/statuses";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { getStatusSummary, openForExecutives } from "./get-status-summary";

const RECENT_DAYS = 30;
/**
 * Rows listed, most severe first; the summary line counts every open
 * incident regardless and the page links to the full list. Rendering 200
 * rows (each with its details) made the page several times slower.
 */
export const OPEN_ROWS_SHOWN = 50;

// The state line, then one compact row per open incident the viewer may
// see (details on demand), in words an executive reads at a glance, plus
// what was resolved in the last 30 days.
export async function getExecutiveOverview(user: SessionUser, now = new Date()) {
  const [summary, policies, open, recent] = await Promise.all([
    getStatusSummary(user),
    listSeverityPolicies(),
    db.incident.findMany({
      where: openForExecutives(user),
      orderBy: [{ severityRank: "asc" }, { declaredAt: "asc" }],
      take: OPEN_ROWS_SHOWN,
      select: {
        id: true, number: true, title: true, severityKey: true, status: true, drill: true, restricted: true, detectedAt: true, declaredAt: true,
        acknowledgedAt: true, lastUpdateAt: true, businessImpact: true,
        roles: { where: { kind: "LEAD", releasedAt: null }, select: { user: { select: { name: true } } } },
        statusUpdates: { where: { audience: "internal" }, orderBy: { createdAt: "desc" }, take: 1, select: { body: true, createdAt: true, authorLabel: true } },
        clusterActions: { where: { OR: [{ status: "SUCCEEDED", dryRun: false }, { status: "AWAITING_APPROVAL" }] }, select: { action: true, status: true } },
        _count: { select: { evidence: { where: { deletedAt: null } } } },
        evidence: { where: { deletedAt: null, verificationStatus: "verified" }, select: { id: true } },
        obligations: { select: { title: true, frameworkKey: true, dueAt: true, extendedDueAt: true, submittedAt: true, notApplicableAt: true } },
      },
    }),
    db.incident.findMany({
      where: {
        AND: [visibleIncidents(user), { status: { in: ["RECOVERED", "POST_INCIDENT", "CLOSED"] } }, { OR: [{ resolvedAt: { gte: daysAgo(now, RECENT_DAYS) } }, { closedAt: { gte: daysAgo(now, RECENT_DAYS) } }] }],
      },
      orderBy: { declaredAt: "desc" },
      take: 20,
      select: { id: true, number: true, title: true, severityKey: true, status: true, drill: true, declaredAt: true, resolvedAt: true, closedAt: true },
    }),
  ]);
  const policyByKey = new Map(policies.map((policy) => [policy.key, policy]));

  return {
    summary,
    open: open.map((incident) => {
      const done = incident.clusterActions.filter((a) => a.status === "SUCCEEDED");
      const policy = policyByKey.get(incident.severityKey);
      const clocks = policy ? incidentClocks({ ...incident, policy, now, tasks: [] }) : null;
      const pending = incident.obligations
        .filter((o) => !o.submittedAt && !o.notApplicableAt && (o.extendedDueAt ?? o.dueAt))
        .sort((a, b) => (a.extendedDueAt ?? a.dueAt)!.getTime() - (b.extendedDueAt ?? b.dueAt)!.getTime());
      const next = pending[0];
      return {
        id: incident.id,
        reference: formatIncidentNumber(incident.number),
        title: incident.title,
        severity: policy?.name ?? incident.severityKey,
        severityKey: incident.severityKey,
        phase: STATUS_DESCRIPTIONS[incident.status],
        status: incident.status,
        drill: incident.drill,
        restricted: incident.restricted,
        lead: incident.roles[0]?.user.name ?? null,
        detectedAt: incident.detectedAt,
        latestUpdate: incident.statusUpdates[0] ?? null,
        nextUpdateDueAt: clocks?.nextUpdateDueAt ?? null,
        updateOverdue: clocks?.updateOverdue ?? false,
        businessImpact: incident.businessImpact,
        containment: {
          nodesQuarantined: done.filter((a) => a.action === "quarantine_node").length,
          podsIsolated: done.filter((a) => a.action === "isolate_pod").length,
          evidenceCollected: incident._count.evidence,
          evidenceVerified: incident.evidence.length,
        },
        awaitingDecision: incident.clusterActions.some((a) => a.status === "AWAITING_APPROVAL"),
        nextDeadline: next ? { title: next.title, framework: next.frameworkKey, dueAt: (next.extendedDueAt ?? next.dueAt)! } : null,
        filed: incident.obligations.filter((o) => o.submittedAt).length,
      };
    }),
    recent: recent.map((incident) => ({ ...incident, reference: formatIncidentNumber(incident.number) })),
  };
}

export type ExecutiveOverview = Awaited<ReturnType<typeof getExecutiveOverview>>;

function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60_000);
}
