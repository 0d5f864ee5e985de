// Words shared by every export format, so Markdown, HTML and PDF say the
// same thing about the same document.
import { STATUS_LABELS } from "@/lib/rules/incidents/statuses";
import type { DocumentObligation, PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatDuration } from "@/lib/rules/post-mortems/key-durations";

export type ExportLabel = { hash: string; draft: boolean; revision: number };

export function utc(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—";
}

export function titleOf(doc: PostMortemDocument): string {
  return `Post-incident review: ${doc.header.reference} ${doc.header.title}`;
}

export function revisionLine(label: ExportLabel): string {
  return label.draft
    ? `DRAFT — not published; SHA-256 of this draft: ${label.hash}`
    : `Revision ${label.revision}, published — SHA-256: ${label.hash}`;
}

export function headerFacts(doc: PostMortemDocument): [string, string][] {
  const h = doc.header;
  const severity = h.severityChanges.length
    ? `${h.severity.key} (${h.severity.name}); changes: ${h.severityChanges.map((c) => `${c.from} → ${c.to} at ${utc(c.at)} by ${c.by}`).join("; ")}`
    : `${h.severity.key} (${h.severity.name})`;
  return [
    ["Incident", `${h.reference} — ${h.title}`],
    ["Severity", severity],
    ["Category", h.category],
    ["Status", STATUS_LABELS[h.status]],
    ["Lead", h.lead?.name ?? "—"],
    ["Roles", h.roles.filter((r) => !r.releasedAt).map((r) => `${r.kind.toLowerCase()}: ${r.person.name}`).join(", ") || "—"],
    ["Participants", h.participants.map((p) => p.name).join(", ") || "—"],
    ["Drill", h.drill ? "Yes — an exercise, excluded from metrics" : "No"],
  ];
}

export function keyTimeRows(doc: PostMortemDocument): [string, string][] {
  const labels: Record<string, string> = { detectedAt: "Detected", declaredAt: "Declared", acknowledgedAt: "Acknowledged", containedAt: "Contained", resolvedAt: "Resolved", closedAt: "Closed" };
  return Object.entries(doc.keyTimes).map(([key, value]) => [labels[key] ?? key, utc(value)]);
}

export function durationRows(doc: PostMortemDocument): [string, string][] {
  return doc.durations.map((d) => [d.label, d.outOfOrder ? "times out of order" : d.ms === null ? `not recorded (${d.missing.join(", ")})` : formatDuration(d.ms)]);
}

const OUTCOME: Record<DocumentObligation["outcome"], string> = {
  on_time: "filed on time",
  late: "filed late",
  not_filed: "not filed yet",
  overdue: "overdue, not filed",
  not_applicable: "not applicable",
  no_deadline: "no deadline",
};

export function obligationLine(o: DocumentObligation): string {
  const filed = o.filedAt ? `filed ${utc(o.filedAt)}${o.reference ? ` (ref. ${o.reference})` : ""}` : "";
  return `${o.framework}: ${o.title} → ${o.recipient}; due ${utc(o.dueAt)}${filed ? `; ${filed}` : ""} — ${OUTCOME[o.outcome]}${o.notApplicableReason ? `: ${o.notApplicableReason}` : ""}`;
}

export function impactLines(doc: PostMortemDocument): string[] {
  const lines = doc.impact.clusters.map((c) => {
    const parts = [c.namespaces.length ? `namespaces ${c.namespaces.join(", ")}` : "", c.workloads.length ? `workloads ${c.workloads.join(", ")}` : "", c.nodes.length ? `nodes ${c.nodes.join(", ")}` : ""].filter(Boolean);
    return `Cluster ${c.cluster}${parts.length ? `: ${parts.join("; ")}` : ""}`;
  });
  const cf = doc.impact.customerFacing;
  lines.push(cf ? `Customer-facing: from ${utc(cf.from)} ${cf.to ? `to ${utc(cf.to)} (${formatDuration(cf.ms)})` : "— still ongoing"}` : "Not shown on the public status page.");
  for (const u of doc.impact.statusPage.updates) lines.push(`Public update ${utc(u.at)} [${u.phase}]: ${u.body}`);
  return lines;
}

export function actionItemLine(a: PostMortemDocument["actionItems"][number]): string {
  return `[${a.state}] ${a.title} — ${a.owner.name}, due ${utc(a.dueAt)}, ${a.priority}, ${a.kind.toLowerCase()}${a.stateReason ? ` (${a.stateReason})` : ""}${a.externalUrl ? ` ${a.externalUrl}` : ""}`;
}

export function phaseLines(doc: PostMortemDocument): string[] {
  return doc.phases.map((p) => `${STATUS_LABELS[p.status]}: ${utc(p.start)} – ${p.ongoing ? "now" : utc(p.end)} (${formatDuration(p.ms)})`);
}
