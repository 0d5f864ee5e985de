import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { renderMarkdownPdf } from "@/lib/post-mortems/export/render-pdf";
import { serialize } from "@/lib/serialize";
import { getDrillReport } from "./get-drill-report";
import { renderDrillReportMarkdown, reportTitle } from "./report-markdown";

export type DrillReportFormat = "md" | "pdf";

// The drill report as a file: Markdown, or a PDF drawn from that Markdown
// with the post-mortem export's renderer.
export async function exportDrillReport(user: Pick<SessionUser, "id" | "role">, drillId: string, format: DrillReportFormat) {
  const report = serialize(await getDrillReport(user, drillId));
  const title = reportTitle(report);
  const markdown = renderDrillReportMarkdown(report);
  const fileName = `${report.drill.reference}-drill-report.${format}`;
  if (format === "md") return { body: `# ${title}\n\n${markdown}`, contentType: "text/markdown; charset=utf-8", fileName };
  const subtitle = report.score?.final ? "Final score sheet" : "Not final: the drill has not ended";
  const body = await renderMarkdownPdf({ title, subtitle, markdown, footer: `${report.drill.reference} · drill report` });
  return { body, contentType: "application/pdf", fileName };
}
