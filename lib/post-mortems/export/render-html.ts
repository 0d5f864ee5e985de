import { STATUS_LABELS } from "@/lib/rules/incidents/statuses";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { formatDuration } from "@/lib/rules/post-mortems/key-durations";
import { actionItemLine, durationRows, headerFacts, impactLines, keyTimeRows, obligationLine, revisionLine, titleOf, utc, type ExportLabel } from "./document-text";
import { markdownToSafeHtml } from "./markdown-ast";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CSS = `body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#18181b;max-width:860px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #e4e4e7;padding-bottom:.25rem}
.banner{padding:.5rem .75rem;border-radius:6px;font-size:.85rem;word-break:break-all}.draft{background:#fef3c7;color:#78350f}.published{background:#dcfce7;color:#14532d}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #f4f4f5;font-size:.9rem}th{width:32%;color:#52525b;font-weight:600}
.phases{display:flex;height:22px;border-radius:4px;overflow:hidden;margin:.5rem 0}.phases span{display:block;height:100%}
.key{font-weight:600}.muted{color:#71717a}pre,code{background:#f4f4f5;border-radius:4px}pre{padding:.5rem;overflow:auto}
@media print{body{margin:0}}`;

const PHASE_COLOURS: Record<string, string> = { TRIAGE: "#a1a1aa", INVESTIGATING: "#f59e0b", CONTAINED: "#3b82f6", ERADICATED: "#8b5cf6", RECOVERED: "#10b981", POST_INCIDENT: "#64748b", CLOSED: "#18181b" };

function rows(pairs: [string, string][]): string {
  return `<table>${pairs.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>`;
}
function list(lines: string[], empty: string): string {
  return lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>` : `<p class="muted">${escapeHtml(empty)}</p>`;
}

// A self-contained page: inline CSS, no scripts, no external assets; a
// Content-Security-Policy that forbids loading anything. Author text is
// Markdown rendered without raw HTML; everything else is escaped.
export function renderHtml(doc: PostMortemDocument, label: ExportLabel): string {
  const total = doc.phases.reduce((sum, p) => sum + p.ms, 0) || 1;
  const phaseBar = doc.phases
    .map((p) => `<span title="${escapeHtml(`${STATUS_LABELS[p.status]}: ${formatDuration(p.ms)}`)}" style="width:${((p.ms / total) * 100).toFixed(2)}%;background:${PHASE_COLOURS[p.status] ?? "#999"}"></span>`)
    .join("");
  const sections = doc.sections
    .map((s) => {
      const factors = s.factors.length ? `<h3>Contributing factors</h3>${list(s.factors.map((f) => `${f.kind}: ${f.text}`), "")}` : "";
      const p = s.kind === "SEVERITY_REVIEW" ? doc.severityProposal : null;
      const proposal = p
        ? `<p><strong>Proposed change to ${escapeHtml(p.severityKey)}:</strong> <code>${escapeHtml(JSON.stringify(p.changes))}</code> — ${escapeHtml(p.reason)} ${p.appliedAt ? escapeHtml(`(applied ${utc(p.appliedAt)} by ${p.appliedBy ?? "an administrator"})`) : "(not applied)"}</p>`
        : "";
      return `<section><h2>${escapeHtml(s.title)}</h2>${s.body.trim() ? markdownToSafeHtml(s.body) : '<p class="muted">Not written.</p>'}${factors}${proposal}</section>`;
    })
    .join("\n");
  const timeline = doc.timeline.events
    .map((e) => `<tr><td>${escapeHtml(utc(e.at))}</td><td${e.isKey ? ' class="key"' : ""}>${escapeHtml(e.text)}</td><td>${escapeHtml(e.actor)}</td><td>${escapeHtml(e.commentary)}</td></tr>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(titleOf(doc))}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(titleOf(doc))}</h1>
<p class="banner ${label.draft ? "draft" : "published"}">${escapeHtml(revisionLine(label))}</p>
${rows(headerFacts(doc))}
<h2>Key times</h2>${rows(keyTimeRows(doc))}${rows(durationRows(doc))}
<div class="phases" role="img" aria-label="Phases of the incident">${phaseBar}</div>
${sections}
<h2>Impact (from the record)</h2>${list(impactLines(doc), "")}
<h2>Regulatory</h2>${list(doc.regulatory.map(obligationLine), "No reporting obligations.")}
<h2>Timeline (${doc.timeline.events.length} of ${doc.timeline.totalEvents} events)</h2>
<table><tr><th>Time (UTC)</th><th>Event</th><th>By</th><th>Commentary</th></tr>${timeline}</table>
<h2>Action items</h2>${list(doc.actionItems.map(actionItemLine), "None yet.")}
${doc.reviewers.length ? `<h2>Reviewers</h2>${list(doc.reviewers.map((r) => `${r.person.name}: ${r.decision.toLowerCase()}${r.comment ? ` — ${r.comment}` : ""}`), "")}` : ""}
<p class="muted">${escapeHtml(`${revisionLine(label)}. Generated ${utc(doc.asOf)} by Cordon.`)}</p>
</body></html>
`;
}
