import "server-only";
// Everything the response-plan checks read, from Cordon's own data.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { CATEGORY_LABELS, INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";
import { readOrganisationApplicability } from "@/lib/regulatory/organisation-applicability";
import type { PlanFacts } from "@/lib/rules/readiness/evaluate-plan";
import { listScenarios } from "@/lib/drills/list-scenarios";

const stepCount = (body: unknown) => {
  const steps = (body as { steps?: unknown } | null)?.steps;
  return Array.isArray(steps) ? steps.length : 0;
};

// A category is planned when its playbook's current version has steps of its
// own. "Other" is the catch-all: the severity runbooks are its plan, so its
// playbook may rightly be empty.
async function plannedIncidentTypes(): Promise<string[]> {
  const playbooks = await db.playbook.findMany({ select: { category: true, currentVersion: true, versions: { select: { version: true, body: true } } } });
  return playbooks
    .filter((playbook) => playbook.category === "other" || stepCount(playbook.versions.find((v) => v.version === playbook.currentVersion)?.body) > 0)
    .map((playbook) => playbook.category);
}

const runbookLength = (policy: unknown) => {
  const runbook = (policy as { runbook?: unknown } | null)?.runbook;
  return Array.isArray(runbook) ? runbook.length : 0;
};

export async function readPlanFacts(auditChain: PlanFacts["auditChain"]): Promise<PlanFacts> {
  const [severities, policies, channels, contacts, leads, clusters, drills, planned, applicability, { scenarios }] = await Promise.all([
    db.severity.findMany({ orderBy: { rank: "asc" }, select: { key: true, name: true, policy: true } }),
    db.escalationPolicy.findMany({ select: { severityKey: true, channelIds: true } }),
    db.notifyChannel.findMany({ where: { enabled: true }, select: { id: true, name: true, lastTestOk: true } }),
    db.externalContact.findMany({ where: { archivedAt: null }, select: { category: true, name: true, verifiedAt: true, frameworks: true } }),
    db.user.count({ where: { role: { in: ["LEAD", "ADMIN"] }, deactivatedAt: null } }),
    // The sandbox is for drills: its nodes have no cloud disks to snapshot.
    db.cluster.findMany({ where: { isSandbox: false }, select: { name: true, cloudProvider: { select: { checkedAt: true } } } }),
    db.drill.groupBy({ by: ["scenarioId"], where: { state: "ENDED" }, _max: { startsAt: true } }),
    plannedIncidentTypes(),
    readOrganisationApplicability(),
    listScenarios(),
  ]);
  const channelById = new Map(channels.map((c) => [c.id, c]));
  const { CORDON_EVIDENCE_BACKEND, CORDON_S3_OBJECT_LOCK_MODE, CORDON_S3_OBJECT_LOCK_DAYS } = env();
  return {
    severities: severities.map((s) => {
      const policy = policies.find((p) => p.severityKey === s.key);
      return {
        key: s.key,
        name: s.name,
        runbookTasks: runbookLength(s.policy),
        policyChannels: policy ? policy.channelIds.flatMap((id) => (channelById.has(id) ? [{ name: channelById.get(id)!.name, lastTestOk: channelById.get(id)!.lastTestOk }] : [])) : null,
      };
    }),
    incidentTypes: INCIDENT_CATEGORIES.map((key) => ({ key, label: CATEGORY_LABELS[key] })),
    plannedIncidentTypes: planned,
    contacts,
    applicability: applicability ? applicability.answers : null,
    leads,
    evidence: { backend: CORDON_EVIDENCE_BACKEND, ...(CORDON_S3_OBJECT_LOCK_MODE ? { objectLockMode: CORDON_S3_OBJECT_LOCK_MODE } : {}), ...(CORDON_S3_OBJECT_LOCK_DAYS ? { objectLockDays: CORDON_S3_OBJECT_LOCK_DAYS } : {}) },
    clusters: clusters.map((c) => ({ name: c.name, cloudProvider: c.cloudProvider ? { checkedAt: c.cloudProvider.checkedAt } : null })),
    auditChain,
    drills: scenarios.map((scenario) => ({ scenario: scenario.id, title: scenario.title, lastAt: drills.find((d) => d.scenarioId === scenario.id)?._max.startsAt ?? null })),
  };
}
