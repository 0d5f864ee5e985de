import { describe, expect, it } from "vitest";
import { ORGANISATION_QUESTIONS } from "../regulations/organisation-questions";
import { evaluatePlan, type PlanFacts } from "./evaluate-plan";

const now = new Date("2026-12-05T08:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

// A plan that passes everything; each case breaks one thing.
function readyPlan(): PlanFacts {
  return {
    severities: [{ key: "SEV1", name: "SEV1", runbookTasks: 4, policyChannels: [{ name: "Pager", lastTestOk: true }] }],
    incidentTypes: [{ key: "container_compromise", label: "Container compromise" }],
    plannedIncidentTypes: ["container_compromise"],
    contacts: [
      ...["LAW_FIRM", "CLOUD_PROVIDER", "FORENSICS"].map((category) => ({ category, name: `${category} contact`, verifiedAt: daysAgo(10), frameworks: [] })),
      { category: "REGULATOR", name: "Datenschutz Berlin", verifiedAt: daysAgo(10), frameworks: ["GDPR_ART33"] },
      { category: "REGULATOR", name: "BSI", verifiedAt: daysAgo(10), frameworks: ["NIS2_ART23"] },
    ],
    // Every question answered: EU personal data and a NIS2 entity, nothing else.
    applicability: Object.fromEntries(ORGANISATION_QUESTIONS.map(([key]) => [key, ["personalData", "euResidents", "essentialOrImportantEntityEU"].includes(key)])),
    leads: 2,
    evidence: { backend: "s3", objectLockMode: "COMPLIANCE", objectLockDays: 365 },
    clusters: [{ name: "prod", cloudProvider: { checkedAt: daysAgo(3) } }],
    auditChain: { verifiedAt: daysAgo(0.5), ok: true },
    drills: [{ scenario: "crypto-miner", title: "Crypto miner in a pod", lastAt: daysAgo(20) }],
  };
}

describe("response plan readiness", () => {
  it("a ready plan has no findings", () => {
    expect(evaluatePlan(readyPlan(), now)).toEqual([]);
  });

  it("without answers asks for one regulator contact, whatever it covers", () => {
    const facts = readyPlan();
    facts.applicability = null;
    facts.contacts = facts.contacts.filter((c) => c.category !== "REGULATOR");
    expect(evaluatePlan(facts, now).map((f) => `${f.checkId} ${f.object.name} ${f.detail}`)).toEqual([
      "PLAN-APPLICABILITY response plan the regulatory applicability questions have not been answered",
      "PLAN-CONTACTS regulator no regulator contact",
    ]);
  });

  it("asks for no regulator when no answer makes a reporting framework apply", () => {
    const facts = readyPlan();
    facts.applicability = Object.fromEntries(ORGANISATION_QUESTIONS.map(([key]) => [key, false]));
    facts.contacts = facts.contacts.filter((c) => c.category !== "REGULATOR");
    expect(evaluatePlan(facts, now)).toEqual([]);
  });

  it.each<{ name: string; change: (p: PlanFacts) => void; checkId: string; status: string; detail: RegExp }>([
    { name: "a severity without a policy", change: (p) => (p.severities[0]!.policyChannels = null), checkId: "PLAN-ESCALATION", status: "fail", detail: /no escalation policy/ },
    { name: "a channel whose last test failed", change: (p) => (p.severities[0]!.policyChannels = [{ name: "Pager", lastTestOk: false }]), checkId: "PLAN-ESCALATION", status: "fail", detail: /Pager: last test failed/ },
    { name: "a channel never tested", change: (p) => (p.severities[0]!.policyChannels = [{ name: "Pager", lastTestOk: null }]), checkId: "PLAN-ESCALATION", status: "warn", detail: /never tested/ },
    { name: "a severity without runbook tasks", change: (p) => (p.severities[0]!.runbookTasks = 0), checkId: "PLAN-RUNBOOKS", status: "fail", detail: /no runbook tasks/ },
    { name: "an incident type without a plan", change: (p) => (p.plannedIncidentTypes = []), checkId: "PLAN-INCIDENT-TYPES", status: "fail", detail: /Container compromise/ },
    { name: "no response plans kept at all is unknown, not pass", change: (p) => (p.plannedIncidentTypes = null), checkId: "PLAN-INCIDENT-TYPES", status: "unknown", detail: /unknown/ },
    { name: "no law firm", change: (p) => (p.contacts = p.contacts.filter((c) => c.category !== "LAW_FIRM")), checkId: "PLAN-CONTACTS", status: "fail", detail: /^no law firm contact$/ },
    { name: "a contact verified 181 days ago", change: (p) => (p.contacts[0]!.verifiedAt = daysAgo(181)), checkId: "PLAN-CONTACTS", status: "warn", detail: /181 days ago/ },
    { name: "a contact never verified", change: (p) => (p.contacts[0]!.verifiedAt = null), checkId: "PLAN-CONTACTS", status: "warn", detail: /LAW_FIRM contact: never verified/ },
    { name: "no regulator for an applicable framework, named", change: (p) => (p.contacts = p.contacts.filter((c) => c.name !== "BSI")), checkId: "PLAN-CONTACTS", status: "fail", detail: /no regulator contact for NIS2_ART23: add the CSIRT or competent authority \(NIS2\)/ },
    { name: "a regulator contact that covers another framework", change: (p) => (p.contacts.find((c) => c.name === "BSI")!.frameworks = ["DORA_ART19"]), checkId: "PLAN-CONTACTS", status: "fail", detail: /NIS2_ART23/ },
    { name: "a framework applying through the answers", change: (p) => (p.applicability = { ...p.applicability, listedCompanyUS: true }), checkId: "PLAN-CONTACTS", status: "fail", detail: /no regulator contact for SEC_8K_105/ },
    { name: "questions never answered: one regulator at least, and the answers asked for", change: (p) => (p.applicability = null), checkId: "PLAN-APPLICABILITY", status: "fail", detail: /have not been answered/ },
    { name: "a question left open", change: (p) => (p.applicability = { ...p.applicability, cardData: undefined }), checkId: "PLAN-APPLICABILITY", status: "warn", detail: /1 applicability question is unanswered: Do we handle payment card data\?/ },
    { name: "one lead", change: (p) => (p.leads = 1), checkId: "PLAN-LEADS", status: "fail", detail: /1 active person/ },
    { name: "filesystem evidence", change: (p) => (p.evidence = { backend: "filesystem" }), checkId: "PLAN-EVIDENCE-LOCK", status: "fail", detail: /filesystem/ },
    { name: "S3 without object lock", change: (p) => (p.evidence = { backend: "s3" }), checkId: "PLAN-EVIDENCE-LOCK", status: "fail", detail: /without object lock/ },
    { name: "no cloud provider", change: (p) => (p.clusters[0]!.cloudProvider = null), checkId: "PLAN-NODE-SNAPSHOTS", status: "fail", detail: /no cloud provider/ },
    { name: "cloud credentials checked 31 days ago", change: (p) => (p.clusters[0]!.cloudProvider = { checkedAt: daysAgo(31) }), checkId: "PLAN-NODE-SNAPSHOTS", status: "warn", detail: /31 days ago/ },
    { name: "audit chain never verified", change: (p) => (p.auditChain = null), checkId: "PLAN-AUDIT-CHAIN", status: "fail", detail: /not been verified/ },
    { name: "audit chain broken", change: (p) => (p.auditChain = { verifiedAt: now, ok: false, reason: "entry 7 changed" }), checkId: "PLAN-AUDIT-CHAIN", status: "fail", detail: /entry 7 changed/ },
    { name: "audit chain verified 25 hours ago", change: (p) => (p.auditChain = { verifiedAt: new Date(now.getTime() - 25 * 3_600_000), ok: true }), checkId: "PLAN-AUDIT-CHAIN", status: "warn", detail: /verified/ },
    { name: "no drills yet", change: (p) => (p.drills = [{ scenario: "crypto-miner", title: "Crypto miner in a pod", lastAt: null }]), checkId: "PLAN-DRILLS", status: "fail", detail: /^no drills run$/ },
    { name: "a scenario last drilled 91 days ago", change: (p) => (p.drills = [{ scenario: "crypto-miner", title: "Crypto miner in a pod", lastAt: daysAgo(91) }]), checkId: "PLAN-DRILLS", status: "warn", detail: /91 days ago/ },
    { name: "a scenario never drilled while others were", change: (p) => p.drills.push({ scenario: "token-leak", title: "Leaked token", lastAt: null }), checkId: "PLAN-DRILLS", status: "warn", detail: /^never practised$/ },
  ])("$name → $checkId $status", ({ change, checkId, status, detail }) => {
    const facts = readyPlan();
    change(facts);
    const findings = evaluatePlan(facts, now);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ checkId, status });
    expect(findings[0]!.detail).toMatch(detail);
  });
});
