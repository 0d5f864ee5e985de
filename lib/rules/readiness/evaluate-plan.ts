import { unansweredQuestions } from "../regulations/organisation-questions";
import type { ApplicabilityAnswers } from "../regulations/suggest-frameworks";
import { frameworksNeedingRegulator, REGULATOR_OF } from "./regulator-contacts";
import type { Finding } from "./types";

const DAY = 86_400_000;
export const CONTACT_VALID_DAYS = 180;
export const CLOUD_CHECK_VALID_DAYS = 30;
export const DRILL_VALID_DAYS = 90;
export const AUDIT_VERIFY_VALID_HOURS = 24;

// The regulator is asked for per applicable framework (see regulatorNeeds).
export const REQUIRED_CONTACTS = [
  { category: "LAW_FIRM", label: "law firm" },
  { category: "CLOUD_PROVIDER", label: "cloud provider security" },
  { category: "FORENSICS", label: "forensics" },
] as const;

export type PlanFacts = {
  severities: { key: string; name: string; runbookTasks: number; policyChannels: { name: string; lastTestOk: boolean | null }[] | null }[];
  incidentTypes: { key: string; label: string }[];
  /** Incident types with a response plan (a playbook with steps); null when they cannot be read. */
  plannedIncidentTypes: string[] | null;
  /** verifiedAt: when someone last marked the details checked; null when never. */
  contacts: { category: string; name: string; verifiedAt: Date | null; frameworks: string[] }[];
  /** The organisation's "what applies?" answers; null when never answered. */
  applicability: ApplicabilityAnswers | null;
  leads: number;
  evidence: { backend: string; objectLockMode?: string; objectLockDays?: number };
  clusters: { name: string; cloudProvider: { checkedAt: Date | null } | null }[];
  auditChain: { verifiedAt: Date; ok: boolean; reason?: string } | null;
  /** Every scenario in the drill library, with its last ended drill (null: never practised). */
  drills: { scenario: string; title: string; lastAt: Date | null }[];
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

type ContactNeed = { label: string; matches: (c: PlanFacts["contacts"][number]) => boolean; missing: string };

// One regulator contact per framework the answers make applicable; before
// anyone has answered, at least one regulator (the applicability check says
// what to answer).
function regulatorNeeds(facts: PlanFacts): ContactNeed[] {
  const isRegulator = (c: PlanFacts["contacts"][number]) => c.category === "REGULATOR";
  if (facts.applicability === null) return [{ label: "regulator", matches: isRegulator, missing: "no regulator contact" }];
  return frameworksNeedingRegulator(facts.applicability).map((framework) => ({
    label: `regulator for ${framework}`,
    matches: (c) => isRegulator(c) && c.frameworks.includes(framework),
    missing: `no regulator contact for ${framework}: add the ${REGULATOR_OF[framework]} and tick ${framework} on it`,
  }));
}

function contacts(facts: PlanFacts, now: Date): Finding[] {
  const needs: ContactNeed[] = [...REQUIRED_CONTACTS.map(({ category, label }) => ({ label, matches: (c: PlanFacts["contacts"][number]) => c.category === category, missing: `no ${label} contact` })), ...regulatorNeeds(facts)];
  return needs.flatMap(({ label, matches, missing }): Finding[] => {
    const object = { kind: "Contact", name: label };
    const ofKind = facts.contacts.filter(matches);
    if (ofKind.length === 0) return [{ checkId: "PLAN-CONTACTS", status: "fail", object, detail: missing }];
    const verified = ofKind.filter((c) => c.verifiedAt !== null);
    if (verified.length === 0) return [{ checkId: "PLAN-CONTACTS", status: "warn", object, detail: `${ofKind.map((c) => c.name).join(", ")}: never verified (every ${CONTACT_VALID_DAYS} days)` }];
    const newest = verified.reduce((a, b) => (b.verifiedAt! > a.verifiedAt! ? b : a));
    const age = daysSince(now, newest.verifiedAt!);
    if (age <= CONTACT_VALID_DAYS) return [];
    return [{ checkId: "PLAN-CONTACTS", status: "warn", object, detail: `${newest.name} last verified ${age} days ago (every ${CONTACT_VALID_DAYS} days)` }];
  });
}

function applicability(facts: PlanFacts): Finding[] {
  if (facts.applicability === null) return [{ checkId: "PLAN-APPLICABILITY", status: "fail", object: plan, detail: "the regulatory applicability questions have not been answered" }];
  const open = unansweredQuestions(facts.applicability);
  if (open.length === 0) return [];
  return [{ checkId: "PLAN-APPLICABILITY", status: "warn", object: plan, detail: `${open.length} applicability ${open.length === 1 ? "question is" : "questions are"} unanswered: ${open.join(" ")}` }];
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
  if (!facts.drills.some((d) => d.lastAt)) return [{ checkId: "PLAN-DRILLS", status: "fail", object: plan, detail: "no drills run" }];
  return facts.drills.flatMap((d): Finding[] => {
    const object = { kind: "Drill scenario", name: d.title };
    if (!d.lastAt) return [{ checkId: "PLAN-DRILLS", status: "warn", object, detail: "never practised" }];
    const age = daysSince(now, d.lastAt);
    return age <= DRILL_VALID_DAYS ? [] : [{ checkId: "PLAN-DRILLS", status: "warn", object, detail: `last practised ${age} days ago` }];
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
  findings.push(...applicability(facts));
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
