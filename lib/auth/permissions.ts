import type { Role } from "@/lib/generated/prisma/enums";

// What each role may do. Checked by the request wrappers and, for incident
// visibility, inside the queries themselves.
const CAPABILITIES = {
  "users:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "audit:read": ["ADMIN", "AUDITOR"],
  "incidents:read": ["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"],
  "incidents:write": ["ADMIN", "LEAD", "RESPONDER"],
  // Cluster inventory names API servers, nodes and pods: people who act on
  // or audit clusters see it; executives read incidents in business terms.
  "clusters:read": ["ADMIN", "LEAD", "RESPONDER", "AUDITOR"],
  "restricted:read-all": ["ADMIN", "AUDITOR"],
  // A posture scan only reads the cluster; people who act on clusters may start one.
  "readiness:scan": ["ADMIN", "LEAD", "RESPONDER"],
  "tokens:own": ["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  LEAD: "Incident lead",
  RESPONDER: "Responder",
  EXECUTIVE: "Executive",
  AUDITOR: "Auditor",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "Manages users, settings and integrations; sees every incident.",
  LEAD: "Declares and runs incidents, acts on clusters.",
  RESPONDER: "Works tasks, collects evidence, adds notes.",
  EXECUTIVE: "Reads status pages and incident summaries.",
  AUDITOR: "Reads everything, including the audit trail; changes nothing.",
};
