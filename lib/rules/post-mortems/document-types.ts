// The review as one JSON document: what the reading view, the exports and a
// published revision all show. Dates are ISO 8601 strings (UTC) so the
// document hashes the same wherever it is read.
import type { IncidentStatus } from "../incidents/statuses";
import type { EventKind } from "./event-kinds";
import type { DurationKey, KeyTimeName } from "./key-durations";
import type { SectionKind } from "./default-templates";

export const DOCUMENT_FORMAT = "cordon.post-mortem/v1";

export type PersonRef = { id: string; name: string };

export type DocumentHeader = {
  incidentId: string;
  number: number;
  reference: string;
  title: string;
  severity: { key: string; name: string };
  severityChanges: { at: string; from: string; to: string; by: string }[];
  category: string;
  status: IncidentStatus;
  drill: boolean;
  restricted: boolean;
  lead: PersonRef | null;
  roles: { kind: string; person: PersonRef; assignedAt: string; releasedAt: string | null }[];
  participants: PersonRef[];
};

export type DocumentTimelineEvent = {
  id: string;
  at: string;
  type: string;
  kind: EventKind;
  actor: string;
  text: string;
  isKey: boolean;
  commentary: string;
};

export type DocumentImpact = {
  clusters: { cluster: string; namespaces: string[]; workloads: string[]; nodes: string[] }[];
  statusPage: {
    publishedAt: string | null;
    publicTitle: string | null;
    updates: { at: string; phase: string; body: string }[];
    components: { name: string; state: string }[];
  };
  /** From the first public mention until the public "resolved" update (or resolution); null if never public. */
  customerFacing: { from: string; to: string | null; ms: number | null } | null;
};

export type DocumentObligation = {
  framework: string;
  title: string;
  recipient: string;
  dueAt: string | null;
  filedAt: string | null;
  reference: string | null;
  notApplicableReason: string | null;
  outcome: "on_time" | "late" | "not_filed" | "overdue" | "not_applicable" | "no_deadline";
};

export type DocumentSection = {
  key: string;
  title: string;
  prompt: string;
  kind: SectionKind;
  body: string;
  factors: { kind: string; text: string }[];
  version: number;
  updatedBy: string | null;
  updatedAt: string;
};

export type SeverityProposal = {
  severityKey: string;
  changes: Record<string, unknown>;
  reason: string;
  proposedBy: string;
  proposedAt: string;
  appliedAt: string | null;
  appliedBy: string | null;
};

export type PostMortemDocument = {
  format: typeof DOCUMENT_FORMAT;
  postMortem: { id: string; state: string; revision: number; templateKey: string; requiredApprovals: number };
  header: DocumentHeader;
  keyTimes: Record<KeyTimeName, string | null>;
  durations: { key: DurationKey; label: string; ms: number | null; missing: KeyTimeName[]; outOfOrder: boolean }[];
  phases: { status: IncidentStatus; start: string; end: string; ms: number; ongoing: boolean }[];
  reopenings: string[];
  timeline: { totalEvents: number; events: DocumentTimelineEvent[] };
  impact: DocumentImpact;
  regulatory: DocumentObligation[];
  sections: DocumentSection[];
  severityProposal: SeverityProposal | null;
  actionItems: {
    id: string;
    title: string;
    owner: PersonRef;
    dueAt: string;
    priority: string;
    kind: string;
    state: string;
    stateReason: string | null;
    externalUrl: string | null;
  }[];
  reviewers: { person: PersonRef; decision: string; comment: string; decidedAt: string | null; revision: number | null }[];
  /** When the live parts were read. */
  asOf: string;
};
