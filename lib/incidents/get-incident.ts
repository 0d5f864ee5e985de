import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { incidentClocks } from "@/lib/rules/incidents/clocks";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { availableTransitions } from "@/lib/rules/incidents/transitions";
import { closeGuardsWithReview, postMortemSatisfied } from "@/lib/rules/post-mortem-reviews/close-guard";
import { loadCloseGuardFacts } from "@/lib/post-mortems/review/close-guard-facts";
import { planDowngradeWithdrawals } from "@/lib/rules/incidents/downgrade-withdrawals";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { isUuid } from "./incident-id";
import { transitionContext } from "./transition-context";
import { visibleIncidents } from "./visibility";

// Everything the war room shows about one incident, or "not found" when the
// user may not see it (never a hint that it exists).
export async function getIncident(user: SessionUser, incidentId: string, now = new Date()) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({
    where: { id: incidentId, ...visibleIncidents(user) },
    select: {
      id: true,
      number: true,
      title: true,
      summary: true,
      severityKey: true,
      status: true,
      category: true,
      affected: true,
      tags: true,
      restricted: true,
      drill: true,
      detectedAt: true,
      declaredAt: true,
      acknowledgedAt: true,
      containedAt: true,
      resolvedAt: true,
      closedAt: true,
      lastUpdateAt: true,
      businessImpact: true,
      publishedAt: true,
      publicTitle: true,
      version: true,
      // Reporting obligations not yet filed or waived block closing.
      obligations: { where: { submittedAt: null, notApplicableAt: null }, orderBy: { dueAt: "asc" }, select: { title: true } },
      roles: {
        where: { releasedAt: null },
        orderBy: { assignedAt: "asc" },
        select: { id: true, kind: true, assignedAt: true, acknowledgedAt: true, user: { select: { id: true, name: true, email: true } } },
      },
      tasks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          description: true,
          ownerRole: true,
          assigneeId: true,
          dueAt: true,
          state: true,
          waivedReason: true,
          evidencePreservation: true,
          finishedAt: true,
          templateKey: true,
        },
      },
      leadId: true,
      participants: { orderBy: [{ addedAt: "asc" }, { userId: "asc" }], select: { userId: true, addedAt: true } },
      _count: { select: { clusterActions: { where: { status: "AWAITING_APPROVAL" } } } },
    },
  });
  if (!incident) throw notFound("Incident");
  // Read only once the incident is known to be visible to this user.
  const [policies, participants] = await Promise.all([listSeverityPolicies(), participantsOf(incident.participants)]);
  const policy = policies.find((candidate) => candidate.key === incident.severityKey) ?? (await getSeverityPolicy(db, incident.severityKey));
  const review = await loadCloseGuardFacts(db, incident.id, policy.closeRequiresPostMortem);
  const clocks = incidentClocks({
    declaredAt: incident.declaredAt,
    acknowledgedAt: incident.acknowledgedAt,
    lastUpdateAt: incident.lastUpdateAt,
    status: incident.status,
    policy,
    now,
    tasks: incident.tasks.map((task) => ({ dueAt: task.dueAt, state: task.state === "OPEN" ? "open" : task.state === "DONE" ? "done" : "waived" })),
  });
  const transitions = availableTransitions(transitionContext(incident, policy, postMortemSatisfied(review)), { closeGuards: closeGuardsWithReview(review) });
  const heldRoles = new Set(incident.roles.map((role) => role.kind));
  const { _count, ...fields } = incident;
  return {
    ...fields,
    pendingApprovals: _count.clusterActions,
    // Per lower severity, the tasks a downgrade to it would offer to withdraw.
    downgradeWithdrawals: Object.fromEntries(
      policies.filter((lower) => lower.rank > policy.rank).map((lower) => [lower.key, planDowngradeWithdrawals(incident.tasks, lower).map((task) => task.title)]),
    ),
    participants,
    reference: formatIncidentNumber(incident.number),
    policy,
    clocks,
    transitions,
    postMortem: review,
    missingRoles: policy.requiredRoles.filter((kind) => !heldRoles.has(kind)),
    isParticipant: incident.participants.some((p) => p.userId === user.id),
  };
}

// Who may see the incident while it is restricted: the people it was
// declared by and for, role holders, and those the lead added.
async function participantsOf(rows: { userId: string; addedAt: Date }[]) {
  if (rows.length === 0) return [];
  const users = await db.user.findMany({ where: { id: { in: rows.map((row) => row.userId) } }, select: { id: true, name: true, deactivatedAt: true } });
  const byId = new Map(users.map((user) => [user.id, user]));
  return rows.map(({ userId, addedAt }) => {
    const user = byId.get(userId);
    return { userId, name: user?.name ?? "Unknown user", active: Boolean(user && !user.deactivatedAt), addedAt };
  });
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
