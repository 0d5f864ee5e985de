import { utc } from "@/lib/post-mortems/export/document-text";
import { groupBySection } from "@/lib/rules/drills/score-summary";
import type { Serialized } from "@/lib/serialize";
import type { DrillReport } from "./get-drill-report";

const RESULT_LABELS = { met: "MET", late: "LATE", missed: "MISSED" } as const;

function line(text: string): string {
  return text.replace(/\r?\n/g, " ");
}

const minutes = (value: number | null) => (value === null ? "never" : `${value} min`);

export function reportTitle(report: Pick<Serialized<DrillReport>, "scenario" | "drill">): string {
  return `Drill report: ${report.scenario.title} (${report.drill.reference})`;
}

// The drill report as Markdown: the Markdown download, and the text the PDF
// is drawn from (through the post-mortem export's Markdown-to-PDF), so both
// say the same thing. Lists rather than tables: they survive both formats.
export function renderDrillReportMarkdown(report: Serialized<DrillReport>): string {
  const { drill, scenario, score } = report;
  const out: string[] = [];
  out.push(`**${score ? `${score.summary.line}${score.final ? "" : " so far — the drill has not ended"}` : "The drill has not started yet: nothing to score"}**`, "");
  out.push(
    `- Scenario: ${line(scenario.title)} (\`${scenario.id}\`), ${scenario.severity}, ${scenario.category}`,
    `- Drill incident: ${drill.reference} — ${line(drill.incidentTitle)} (/incidents/${drill.incidentId})`,
    `- State: ${drill.state.toLowerCase()}`,
    `- Started: ${utc(drill.startsAt)} by ${line(report.startedBy)}`,
    `- Ended: ${drill.endedAt ? utc(drill.endedAt) : "not yet"}`,
    `- Participants (${report.participants.length}): ${report.participants.map((p) => line(p.name)).join(", ")}`,
    `- Time to acknowledge: ${minutes(report.minutesToAcknowledge)}`,
    `- Time to contain: ${minutes(report.minutesToContain)}`,
    "",
  );
  out.push("## Drill clocks", "", ...report.deadlines.map((d) => `- ${line(d.label)}: by ${utc(d.at)}`), "");
  if (score) {
    for (const group of groupBySection(score.items)) {
      out.push(`## ${group.label}`, "");
      for (const item of group.items) {
        const proof = item.eventId ? ` — timeline event ${item.eventId}${item.eventAt ? ` at ${utc(item.eventAt)}` : ""} (/incidents/${drill.incidentId}#event-${item.eventId})` : "";
        out.push(`- **${RESULT_LABELS[item.result]}** ${line(item.label)}: ${line(item.detail)}${proof}`);
      }
      out.push("");
    }
  }
  out.push("## Briefing", "", scenario.briefing.trim(), "");
  out.push("---", "", `Generated ${utc(report.asOf)} by Cordon. This was a drill: its figures are kept out of real incident metrics.`, "");
  return out.join("\n");
}
