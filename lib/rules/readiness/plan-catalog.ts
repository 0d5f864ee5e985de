import type { CheckDefinition } from "./types";

// Checks of the response plan, read from Cordon's own data. Stable ids, as
// for the cluster checks.
const NIST = "NIST SP 800-61r2 §3.1 \"Preparation\"";

export const PLAN_CHECKS = [
  { id: "PLAN-ESCALATION", area: "plan", severity: "critical", title: "Every severity escalates through channels that work", guidance: `${NIST}: communications and facilities; every severity needs a tested path to the people who respond.`, fixHint: "Give each severity an escalation policy with at least one channel, then send a test message from the channel.", fixHref: "/settings/escalation" },
  { id: "PLAN-RUNBOOKS", area: "plan", severity: "high", title: "Every severity has a runbook", guidance: `${NIST}; the EKS and GKE incident-response guides: steps per incident type, decided before panic sets in.`, fixHint: "Add the runbook's tasks to the severity's response policy.", fixHref: "/settings/severities" },
  { id: "PLAN-INCIDENT-TYPES", area: "plan", severity: "medium", title: "Every incident type has a response plan", guidance: `${NIST}: procedures per incident type.`, fixHint: "Write a response plan for each incident type." },
  { id: "PLAN-CONTACTS", area: "plan", severity: "high", title: "External contacts exist and were confirmed within 180 days", guidance: `${NIST} §2.3.2 "Sharing information with outside parties": law firm, regulator, cloud provider security, forensics.`, fixHint: "Add or confirm the law firm, regulator, cloud provider security and forensics contacts.", fixHref: "/settings/contacts" },
  { id: "PLAN-LEADS", area: "plan", severity: "high", title: "At least two people can lead", guidance: `${NIST} §2.4 "Incident response team structure": a lead and a deputy, so one absence does not stop the response.`, fixHint: "Give a second person the Incident lead role.", fixHref: "/settings/users" },
  { id: "PLAN-EVIDENCE-LOCK", area: "plan", severity: "high", title: "Evidence storage cannot be altered", guidance: `${NIST} §3.3.2 "Evidence gathering and handling"; chain of custody needs write-once storage in production.`, fixHint: "Store evidence on S3-compatible storage with object lock (CORDON_EVIDENCE_BACKEND=s3, CORDON_S3_OBJECT_LOCK_MODE and _DAYS)." },
  { id: "PLAN-NODE-SNAPSHOTS", area: "plan", severity: "medium", title: "Node disk snapshots configured, credentials checked within 30 days", guidance: "GKE and EKS forensics guidance: snapshot the node's disk before anything else changes it.", fixHint: "Set the cluster's cloud provider and check its credentials.", fixHref: "/clusters" },
  { id: "PLAN-AUDIT-CHAIN", area: "plan", severity: "high", title: "Audit chain verified within 24 hours", guidance: `${NIST} §3.3.2: records must be shown to be unaltered.`, fixHint: "The daily readiness run verifies it; run \"npm run cordon -- audit verify\" if it reports a break." },
  { id: "PLAN-DRILLS", area: "plan", severity: "medium", title: "Each drill scenario practised within 90 days", guidance: `${NIST} §3.1.1: exercises; both container response plans end on "practise before you need it".`, fixHint: "Run a drill on the sandbox cluster for each incident type you have practised before.", fixHref: "/incidents/new?drill=1" },
] as const satisfies readonly CheckDefinition[];
