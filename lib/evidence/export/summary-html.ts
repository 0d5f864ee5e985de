import type { EvidenceView } from "../evidence-select";
import { escapeHtml } from "./escape-html";

type SummaryInput = {
  incident: { reference: string; title: string; severityKey: string; status: string; declaredAt: Date };
  artefacts: EvidenceView[];
  generatedBy: string;
  generatedAt: Date;
  reason: string;
};

// A page counsel or police can open without tools: what the bundle holds and
// how to check it. No scripts, no external resources.
export function renderSummaryHtml(input: SummaryInput): string {
  const rows = input.artefacts
    .map(
      (artefact) =>
        `<tr><td>${escapeHtml(artefact.title)}</td><td>${escapeHtml(artefact.kind)}</td><td>${escapeHtml(artefact.size)}</td>` +
        `<td><code>${escapeHtml(artefact.sha256)}</code></td><td>${escapeHtml(artefact.collectedBy)}</td>` +
        `<td>${escapeHtml(artefact.collectedAt.toISOString())}</td><td>${artefact.legalHold ? "yes" : "no"}</td></tr>`,
    )
    .join("\n");
  const title = `${input.incident.reference} — ${input.incident.title}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — evidence bundle</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}code{font-size:.8rem}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
<p>Severity ${escapeHtml(input.incident.severityKey)}, status ${escapeHtml(input.incident.status)}, declared ${escapeHtml(input.incident.declaredAt.toISOString())}.</p>
<p>Exported by ${escapeHtml(input.generatedBy)} at ${escapeHtml(input.generatedAt.toISOString())} (UTC). Reason: ${escapeHtml(input.reason)}</p>
<h2>Artefacts (${input.artefacts.length})</h2>
<table><thead><tr><th>Title</th><th>Kind</th><th>Bytes</th><th>SHA-256</th><th>Collected by</th><th>Collected at (UTC)</th><th>Legal hold</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Checking this bundle</h2>
<p>Every file is listed with its SHA-256 in <code>SHA256SUMS</code>; run <code>sha256sum -c SHA256SUMS</code> in the unzipped folder, or
<code>npm run cordon -- evidence verify-bundle &lt;zip&gt;</code>. <code>manifest.json</code> holds each artefact's full record,
<code>custody.csv</code> its chain of custody and <code>timeline.json</code> the incident timeline.</p>
</body></html>
`;
}
