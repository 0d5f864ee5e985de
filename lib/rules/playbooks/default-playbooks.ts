// The playbooks a fresh install starts with, written from the response plans
// Cordon is built on: preserve before you eradicate, decide ahead of time who
// to call, and never destroy the state the investigation needs. Step keys
// shared with the severity runbooks (snapshot-node-disk, collect-logs,
// isolate-suspect-pods, quarantine-node) merge with them instead of doubling.
import type { PlaybookInput } from "./schema";

const NO_DESTROY: readonly [string, string] = [
  "Don't delete the pod or restart the node: memory, disk and process state are evidence.",
  "Don't tip off the attacker: no public commits, tickets or chat messages naming the incident until containment.",
];

const preserveFirst = {
  key: "do-not-destroy-workloads",
  title: "Do not shut down the node or delete the pod",
  description: "Tell everyone on the response: Cordon isolates instead of deleting.",
  ownerRole: "LEAD",
  dueOffsetMinutes: 5,
  evidencePreservation: false,
} as const;

export const DEFAULT_PLAYBOOKS: readonly PlaybookInput[] = [
  {
    category: "container_compromise",
    name: "Container compromise",
    summary: "Someone runs code in a container, pod or node. Preserve the evidence first, then contain, then eradicate.",
    triageQuestions: [
      { key: "production", question: "Is it in a production namespace?", suggestSeverity: "SEV2", reason: "Production workloads reach customer data and traffic." },
      { key: "attacker-active", question: "Is the attacker still active (new processes, outbound connections)?", suggestSeverity: "SEV1", reason: "An active attacker can move laterally while we watch." },
      { key: "personal-data", question: "Can the workload read personal data?", suggestSeverity: "SEV1", reason: "Personal data starts regulatory clocks (GDPR: 72 hours)." },
    ],
    steps: [
      preserveFirst,
      { key: "snapshot-node-disk", title: "Snapshot the node's disk", description: "Before autoscaling reclaims the node.", ownerRole: "FORENSICS", dueOffsetMinutes: 30, evidencePreservation: true, action: "snapshot_node_disk", severityRankAtMost: 2 },
      { key: "collect-logs", title: "Collect pod and node logs", description: "Before log rotation removes them.", ownerRole: "FORENSICS", dueOffsetMinutes: 30, evidencePreservation: true, action: "collect_pod_logs", severityRankAtMost: 3 },
      { key: "checkpoint-container", title: "Checkpoint the suspect container", description: "Keeps the process memory for analysis without stopping it.", ownerRole: "FORENSICS", dueOffsetMinutes: 45, evidencePreservation: true, action: "checkpoint_container", severityRankAtMost: 2 },
      { key: "quarantine-node", title: "Quarantine the node", description: "Cordon and taint: nothing new is scheduled there; running pods keep running.", ownerRole: "LEAD", dueOffsetMinutes: 15, evidencePreservation: false, action: "quarantine_node", after: ["snapshot-node-disk"], severityRankAtMost: 2 },
      { key: "isolate-suspect-pods", title: "Isolate the suspect pods", description: "Deny-all network policy: the pod can't reach anything or be reached.", ownerRole: "LEAD", dueOffsetMinutes: 15, evidencePreservation: false, action: "isolate_pod", severityRankAtMost: 3 },
      { key: "eradicate", title: "Eradicate: rebuild the image and redeploy from a clean source", description: "Only after the evidence above is collected.", ownerRole: "LEAD", dueOffsetMinutes: 1440, evidencePreservation: false, after: ["collect-logs"], severityRankAtMost: 2 },
    ],
    evidence: [
      { key: "node-disk", what: "Node disk snapshot", collectBefore: "before autoscaling reclaims the node", withinMinutes: 60, stepKey: "snapshot-node-disk" },
      { key: "pod-logs", what: "Suspect pod's logs", collectBefore: "before log rotation", withinMinutes: 120, stepKey: "collect-logs" },
      { key: "container-memory", what: "Container checkpoint (memory)", collectBefore: "before the container restarts", withinMinutes: 60, stepKey: "checkpoint-container" },
    ],
    parties: [
      { category: "FORENSICS", why: "Memory and disk analysis beyond the team's skills.", callWhen: { SEV1: "Within 1 hour", SEV2: "Within 4 hours" } },
      { category: "CLOUD_PROVIDER", why: "Their logs show what the node reached in the provider's account.", callWhen: { SEV1: "Within 2 hours" } },
      { category: "INSURER", why: "Cyber policies require early notice.", callWhen: { SEV1: "Within 24 hours" } },
    ],
    frameworks: [],
    doNot: [...NO_DESTROY, "Don't exec into the suspect container to look around: it changes its state and may alert the attacker."],
  },
  {
    category: "credential_compromise",
    name: "Credential compromise",
    summary: "A password, token, key or service account is in the wrong hands. Revoke and rotate, then find what it was used for.",
    triageQuestions: [
      { key: "cluster-admin", question: "Does the credential have cluster-wide or cloud-admin power?", suggestSeverity: "SEV1", reason: "Cluster-wide power means every workload may be touched." },
      { key: "used", question: "Was it used by someone other than its owner?", suggestSeverity: "SEV2", reason: "Use by a stranger is a compromise, not just a leak." },
    ],
    steps: [
      { key: "revoke-rotate", title: "Revoke and rotate the credential", description: "Revoke first, then issue a new one to the owner.", ownerRole: "LEAD", dueOffsetMinutes: 15, evidencePreservation: false },
      { key: "audit-log-search", title: "Search the audit logs for the credential's use", description: "Kubernetes and cloud audit logs, from the leak's earliest possible time.", ownerRole: "FORENSICS", dueOffsetMinutes: 120, evidencePreservation: true, action: "collect_events" },
      { key: "rbac-review", title: "Review RBAC bindings it granted or created", description: "Look for new roles, bindings and service accounts.", ownerRole: "LEAD", dueOffsetMinutes: 240, evidencePreservation: false, after: ["audit-log-search"] },
    ],
    evidence: [{ key: "audit-logs", what: "Kubernetes and cloud audit logs", collectBefore: "before the audit log retention window closes", withinMinutes: 1440, stepKey: "audit-log-search" }],
    parties: [{ category: "CLOUD_PROVIDER", why: "Can confirm use of cloud keys and freeze them.", callWhen: { SEV1: "Within 1 hour", SEV2: "Within 4 hours" } }],
    frameworks: [],
    doNot: ["Don't only change the password: revoke the sessions and tokens issued with it.", NO_DESTROY[1]],
  },
  {
    category: "data_exposure",
    name: "Data exposure",
    summary: "Personal or confidential data may have been read or taken. Legal leads the clocks; scope the records first.",
    triageQuestions: [
      { key: "personal-data", question: "Is personal data involved?", suggestSeverity: "SEV1", reason: "Personal data starts GDPR's 72-hour clock." },
      { key: "confirmed", question: "Is the exposure confirmed (data seen outside)?", suggestSeverity: "SEV1", reason: "Confirmed exposure needs notifications." },
    ],
    steps: [
      { key: "notify-legal", title: "Notify legal", ownerRole: "LEAD", dueOffsetMinutes: 60, evidencePreservation: false },
      { key: "scope-records", title: "Scope the records exposed", description: "Which tables, how many people, which countries: the regulators ask this first.", ownerRole: "FORENSICS", dueOffsetMinutes: 240, evidencePreservation: false },
      { key: "collect-logs", title: "Collect access logs", description: "Database and application access logs before rotation.", ownerRole: "FORENSICS", dueOffsetMinutes: 60, evidencePreservation: true, action: "collect_pod_logs", severityRankAtMost: 3 },
      { key: "involve-dpo", title: "Involve the data protection officer", ownerRole: "LEAD", dueOffsetMinutes: 240, evidencePreservation: false },
    ],
    evidence: [{ key: "access-logs", what: "Access logs of the exposed store", collectBefore: "before log rotation", withinMinutes: 240, stepKey: "collect-logs" }],
    parties: [
      { category: "LAW_FIRM", why: "Privileged advice on notification duties.", callWhen: { SEV1: "Within 2 hours", SEV2: "Within 24 hours" } },
      { category: "REGULATOR", why: "Supervisory authority notification.", callWhen: { SEV1: "Within 72 hours of awareness" } },
      { category: "INSURER", why: "Cyber policies require early notice.", callWhen: { SEV1: "Within 24 hours" } },
    ],
    frameworks: ["GDPR_ART33", "NIS2_ART23"],
    doNot: ["Don't contact affected people before legal agrees the wording.", NO_DESTROY[1]],
  },
  {
    category: "resource_abuse",
    name: "Resource abuse",
    summary: "Cluster capacity used for someone else's purposes, such as crypto-mining. Stop the cost, keep the evidence.",
    triageQuestions: [{ key: "production", question: "Is it in a production namespace?", suggestSeverity: "SEV2", reason: "A miner in production means the attacker got into production." }],
    steps: [
      preserveFirst,
      { key: "isolate-suspect-pods", title: "Isolate the suspect pods", ownerRole: "LEAD", dueOffsetMinutes: 30, evidencePreservation: false, action: "isolate_pod" },
      { key: "apply-quota", title: "Apply a quota and limits to the namespace", description: "Stops the cost without deleting the workload.", ownerRole: "LEAD", dueOffsetMinutes: 60, evidencePreservation: false },
      { key: "cost-report", title: "Pull the cost report", description: "The bill for the abuse; insurers and finance ask for it.", ownerRole: "LEAD", dueOffsetMinutes: 2880, evidencePreservation: false },
    ],
    evidence: [{ key: "pod-manifest", what: "The miner's pod manifest and image", collectBefore: "before the deployment is rolled back", withinMinutes: 240 }],
    parties: [{ category: "CLOUD_PROVIDER", why: "May waive the cost of abuse reported quickly.", callWhen: { SEV1: "Within 24 hours", SEV2: "Within 48 hours" } }],
    frameworks: [],
    doNot: [...NO_DESTROY],
  },
  {
    category: "denial_of_service",
    name: "Denial of service",
    summary: "A service is unavailable because of deliberate overload or sabotage. Restore service, keep the traffic evidence.",
    triageQuestions: [{ key: "customer-facing", question: "Is a customer-facing service down?", suggestSeverity: "SEV2", reason: "Customers see it; the status page must say so." }],
    steps: [
      { key: "capture-traffic", title: "Capture traffic samples and ingress logs", ownerRole: "FORENSICS", dueOffsetMinutes: 60, evidencePreservation: false, action: "collect_events" },
      { key: "rate-limit", title: "Rate-limit or block the sources at the edge", ownerRole: "LEAD", dueOffsetMinutes: 30, evidencePreservation: false },
    ],
    evidence: [{ key: "ingress-logs", what: "Ingress and load balancer logs", collectBefore: "before log rotation", withinMinutes: 240, stepKey: "capture-traffic" }],
    parties: [{ category: "CLOUD_PROVIDER", why: "DDoS protection and upstream filtering.", callWhen: { SEV1: "Within 30 minutes", SEV2: "Within 2 hours" } }],
    frameworks: [],
    doNot: ["Don't scale down the attacked service to save cost: it hides the attack's shape."],
  },
  {
    category: "other",
    name: "Other",
    summary: "An incident that fits no other category: the severity's runbook applies. Recategorise it as soon as the kind is known to get its playbook.",
    triageQuestions: [{ key: "personal-data", question: "Is personal data involved?", suggestSeverity: "SEV2", reason: "Personal data may start regulatory clocks." }],
    // No steps of its own: the severity's runbook is the plan until the incident is categorised.
    steps: [],
    evidence: [],
    parties: [],
    frameworks: [],
    doNot: [...NO_DESTROY],
  },
];
