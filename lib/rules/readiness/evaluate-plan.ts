import type { Finding } from "./types";

const DAY = 86_400_000;
export const CONTACT_VALID_DAYS = 180;
export const CLOUD_CHECK_VALID_DAYS = 30;
export const DRILL_VALID_DAYS = 90;
export const AUDIT_VERIFY_VALID_HOURS = 24;

export const REQUIRED_CONTACTS = [
  { category: "LAW_FIRM", label: "law firm" },
  { category: "REGULATOR", label: "regulator" },
  { category: "CLOUD_PROVIDER", label: "cloud provider security" },
  { category: "FORENSICS", label: "forensics" },
] as const;

export type PlanFacts = {
  severities: { key: string; name: string; runbookTasks: number; policyChannels: { name: string; lastTestOk: boolean | null }[] | null }[];
  incidentTypes: { key: string; label: string }[];
  /** Incident types with a response plan (a playbook with steps); null when they cannot be read. */
  plannedIncidentTypes: string[] | null;
  contacts: { category: string; name: string; confirmedAt: Date }[];
  leads: number;
  evidence: { backend: string; objectLockMode?: string; objectLockDays?: number };
  clusters: { name: string; cloudProvider: { checkedAt: Date | null } | null }[];
  auditChain: { verifiedAt: Date; ok: boolean; reason?: string } | null;
  drills: { category: string; lastAt: Date }[];
};

const plan = { kind: "Plan", name: "response plan" };
const daysSince = (now: Date, then: Date) => Math.floor((now.getTime() - then.getTime()) / DAY);

function escalation(facts: PlanFacts): Finding[] {
  return facts.severities.flatMap((s): Finding[] => {
    const object = { kind: "Severity", name: s.name };
    if (!s.policyChannels || s.policyChannels.length === 0) return [{ checkId: "PLAN-ESCALATION", status: "fail", object, detail: `${s.name} has no escalation policy with a channel` }];
    const untested = s.policyChannels.filter((c) => c.lastTestOk !== true);
    if (untested.length === 0) return [];
    const failed = untested.some((c) => c.lastTestOk === false);
    return [{ checkId: "PLAN-ESCALATION", status: failed ? "fail" : "warn", object, detail: untested.map((c) => `${c.name}: ${c.lastTestOk === false ? "last test failed" : "never tested"}`).join("; ") }];
  });
}

function contacts(facts: PlanFacts, now: Date): Finding[] {
  return REQUIRED_CONTACTS.flatMap(({ category, label }): Finding[] => {
    const object = { kind: "Contact", name: label };
    const ofKind = facts.contacts.filter((c) => c.category === category);
    if (ofKind.length === 0) return [{ checkId: "PLAN-CONTACTS", status: "fail", object, detail: `no ${label} contact` }];
    const newest = ofKind.reduce((a, b) => (b.confirmedAt > a.confirmedAt ? b : a));
    const age = daysSince(now, newest.confirmedAt);
    if (age <= CONTACT_VALID_DAYS) return [];
    return [{ checkId: "PLAN-CONTACTS", status: "warn", object, detail: `${newest.name} last confirmed ${age} days ago (every ${CONTACT_VALID_DAYS} days)` }];
  });
}

function nodeSnapshots(facts: PlanFacts, now: Date): Finding[] {
  return facts.clusters.flatMap((c): Finding[] => {
    const object = { kind: "Cluster", name: c.name };
    if (!c.cloudProvider) return [{ checkId: "PLAN-NODE-SNAPSHOTS", status: "fail", object, detail: "no cloud provider set: node disks cannot be snapshotted" }];
    if (!c.cloudProvider.checkedAt) return [{ checkId: "PLAN-NODE-SNAPSHOTS", status: "warn", object, detail: "cloud credentials never checked" }];
    const age = daysSince(now, c.cloudProvider.checkedAt);
    return age <= CLOUD_CHECK_VALID_DAYS ? [] : [{ checkId: "PLAN-NODE-SNAPSHOTS", status: "warn", object, detail: `cloud credentials last checked ${age} days ago` }];
  });
}

function drills(facts: PlanFacts, now: Date): Finding[] {
  if (facts.drills.length === 0) return [{ checkId: "PLAN-DRILLS", status: "fail", object: plan, detail: "no drills run" }];
  return facts.drills.flatMap((d): Finding[] => {
    const age = daysSince(now, d.lastAt);
    const label = facts.incidentTypes.find((t) => t.key === d.category)?.label ?? d.category;
    return age <= DRILL_VALID_DAYS ? [] : [{ checkId: "PLAN-DRILLS", status: "warn", object: { kind: "Drill scenario", name: label }, detail: `last practised ${age} days ago` }];
  });
}

/** `now` is passed in so ages are reproducible. */
export function evaluatePlan(facts: PlanFacts, now: Date): Finding[] {
  const findings: Finding[] = [...escalation(facts)];
  for (const s of facts.severities) {
    if (s.runbookTasks === 0) findings.push({ checkId: "PLAN-RUNBOOKS", status: "fail", object: { kind: "Severity", name: s.name }, detail: `${s.name}'s response policy has no runbook tasks` });
  }
  if (facts.plannedIncidentTypes === null) {
    findings.push({ checkId: "PLAN-INCIDENT-TYPES", status: "unknown", object: plan, detail: "unknown — Cordon keeps no response plans per incident type yet" });
  } else {
    for (const t of facts.incidentTypes.filter((t) => !facts.plannedIncidentTypes!.includes(t.key))) {
      findings.push({ checkId: "PLAN-INCIDENT-TYPES", status: "fail", object: { kind: "Incident type", name: t.label }, detail: `no response plan for ${t.label}` });
    }
  }
  findings.push(...contacts(facts, now));
  if (facts.leads < 2) findings.push({ checkId: "PLAN-LEADS", status: "fail", object: plan, detail: `${facts.leads} active ${facts.leads === 1 ? "person" : "people"} can lead (incident leads and administrators); two are needed` });
  const { evidence } = facts;
  if (evidence.backend !== "s3" || !evidence.objectLockMode) {
    findings.push({ checkId: "PLAN-EVIDENCE-LOCK", status: "fail", object: plan, detail: evidence.backend === "s3" ? "S3 evidence storage without object lock: stored artefacts can be overwritten or deleted" : "evidence is stored on the server's filesystem, without retention or object lock" });
  }
  findings.push(...nodeSnapshots(facts, now));
  const chain = facts.auditChain;
  if (!chain) findings.push({ checkId: "PLAN-AUDIT-CHAIN", status: "fail", object: plan, detail: "the audit chain has not been verified" });
  else if (!chain.ok) findings.push({ checkId: "PLAN-AUDIT-CHAIN", status: "fail", object: plan, detail: `the audit chain is broken: ${chain.reason ?? "see npm run cordon -- audit verify"}` });
  else if (now.getTime() - chain.verifiedAt.getTime() > AUDIT_VERIFY_VALID_HOURS * 3_600_000) findings.push({ checkId: "PLAN-AUDIT-CHAIN", status: "warn", object: plan, detail: `last verified ${daysSince(now, chain.verifiedAt)} days ago` });
  findings.push(...drills(facts, now));
  return findings;
}
