import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { actionItemLine, durationRows, headerFacts, impactLines, keyTimeRows, obligationLine, phaseLines, revisionLine, titleOf, utc, type ExportLabel } from "./document-text";

// Markdown table cells and list items: keep each value on one line and keep
// pipes from splitting cells.
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

export function renderMarkdown(doc: PostMortemDocument, label: ExportLabel): string {
  const out: string[] = [`# ${cell(titleOf(doc))}`, "", `> ${revisionLine(label)}`, ""];
  out.push("| | |", "|---|---|", ...headerFacts(doc).map(([k, v]) => `| ${k} | ${cell(v)} |`), "");
  out.push("## Key times", "", "| | |", "|---|---|", ...keyTimeRows(doc).map(([k, v]) => `| ${k} | ${v} |`), "");
  out.push("| Duration | |", "|---|---|", ...durationRows(doc).map(([k, v]) => `| ${k} | ${v} |`), "");
  if (doc.phases.length) out.push("### Phases", "", ...phaseLines(doc).map((l) => `- ${l}`), "");
  if (doc.reopenings.length) out.push(`Reopened: ${doc.reopenings.map(utc).join(", ")}`, "");
  for (const section of doc.sections) {
    out.push(`## ${cell(section.title)}`, "", section.body.trim() || "_Not written._", "");
    if (section.factors.length) out.push("Contributing factors:", "", ...section.factors.map((f) => `- **${f.kind}** — ${cell(f.text)}`), "");
    if (section.kind === "SEVERITY_REVIEW" && doc.severityProposal) {
      const p = doc.severityProposal;
      out.push(`Proposed change to ${p.severityKey}: \`${JSON.stringify(p.changes)}\` — ${cell(p.reason)}${p.appliedAt ? ` (applied ${utc(p.appliedAt)} by ${p.appliedBy ?? "an administrator"})` : " (not applied)"}`, "");
    }
  }
  out.push("## Impact (from the record)", "", ...impactLines(doc).map((l) => `- ${cell(l)}`), "");
  out.push("## Regulatory", "", ...(doc.regulatory.length ? doc.regulatory.map((o) => `- ${cell(obligationLine(o))}`) : ["No reporting obligations."]), "");
  out.push(`## Timeline (${doc.timeline.events.length} of ${doc.timeline.totalEvents} events)`, "", "| Time (UTC) | Event | By | Commentary |", "|---|---|---|---|");
  for (const e of doc.timeline.events) out.push(`| ${utc(e.at)} | ${e.isKey ? "★ " : ""}${cell(e.text)} | ${cell(e.actor)} | ${cell(e.commentary)} |`);
  out.push("", "## Action items", "", ...(doc.actionItems.length ? doc.actionItems.map((a) => `- ${cell(actionItemLine(a))}`) : ["None yet."]), "");
  if (doc.reviewers.length) out.push("## Reviewers", "", ...doc.reviewers.map((r) => `- ${r.person.name}: ${r.decision.toLowerCase()}${r.comment ? ` — ${cell(r.comment)}` : ""}`), "");
  out.push("---", "", `${revisionLine(label)}. Generated ${utc(doc.asOf)} by Cordon.`, "");
  return out.join("\n");
}
