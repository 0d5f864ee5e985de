import "server-only";
import type { PhrasingContent, RootContent } from "mdast";
import PDFDocument from "pdfkit";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { actionItemLine, durationRows, headerFacts, impactLines, keyTimeRows, obligationLine, phaseLines, revisionLine, titleOf, utc, type ExportLabel } from "./document-text";
import { isSafeUrl, parseMarkdown } from "./markdown-ast";
import { loadPdfFonts, printable } from "./pdf-fonts";

type Pdf = InstanceType<typeof PDFDocument>;

const FONT = { body: "body", bold: "bold", italic: "italic", mono: "mono" } as const;

// A real PDF rendered in-process by pdfkit (pure JavaScript; no browser on
// the server). Author text is drawn from its Markdown syntax tree, so raw
// HTML in it is shown as text, never interpreted.
export async function renderPdf(doc: PostMortemDocument, label: ExportLabel): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: titleOf(doc), Subject: revisionLine(label), Keywords: `sha256:${label.hash}`, Creator: "Cordon", Producer: "Cordon (pdfkit)" },
    bufferPages: true,
  });
  for (const [name, data] of Object.entries(loadPdfFonts())) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.font(FONT.bold).fontSize(18).text(printable(titleOf(doc)));
  pdf.moveDown(0.3).font(FONT.body).fontSize(9).fillColor(label.draft ? "#92400e" : "#166534").text(printable(revisionLine(label)));
  pdf.fillColor("#000000").moveDown();
  facts(pdf, headerFacts(doc));
  heading(pdf, "Key times");
  facts(pdf, keyTimeRows(doc));
  facts(pdf, durationRows(doc));
  bullets(pdf, phaseLines(doc));
  if (doc.reopenings.length) paragraph(pdf, `Reopened: ${doc.reopenings.map(utc).join(", ")}`);
  for (const section of doc.sections) {
    heading(pdf, section.title);
    if (section.body.trim()) markdown(pdf, section.body);
    else paragraph(pdf, "Not written.", FONT.italic);
    if (section.factors.length) bullets(pdf, section.factors.map((f) => `${f.kind}: ${f.text}`));
    const p = section.kind === "SEVERITY_REVIEW" ? doc.severityProposal : null;
    if (p) paragraph(pdf, `Proposed change to ${p.severityKey}: ${JSON.stringify(p.changes)} — ${p.reason}${p.appliedAt ? ` (applied ${utc(p.appliedAt)})` : " (not applied)"}`);
  }
  heading(pdf, "Impact (from the record)");
  bullets(pdf, impactLines(doc));
  heading(pdf, "Regulatory");
  bullets(pdf, doc.regulatory.length ? doc.regulatory.map(obligationLine) : ["No reporting obligations."]);
  heading(pdf, `Timeline (${doc.timeline.events.length} of ${doc.timeline.totalEvents} events)`);
  for (const e of doc.timeline.events) {
    pdf.font(e.isKey ? FONT.bold : FONT.body).fontSize(9).text(printable(`${utc(e.at)}  ${e.text}  — ${e.actor}`));
    if (e.commentary) pdf.font(FONT.italic).text(printable(`   ${e.commentary}`));
  }
  heading(pdf, "Action items");
  bullets(pdf, doc.actionItems.length ? doc.actionItems.map(actionItemLine) : ["None yet."]);
  if (doc.reviewers.length) {
    heading(pdf, "Reviewers");
    bullets(pdf, doc.reviewers.map((r) => `${r.person.name}: ${r.decision.toLowerCase()}${r.comment ? ` — ${r.comment}` : ""}`));
  }
  // Every page carries the hash, so a printed page can be matched to its revision.
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.font(FONT.body).fontSize(7).fillColor("#555555").text(printable(`${doc.header.reference} · ${revisionLine(label)} · page ${i + 1}/${range.count}`), 56, pdf.page.height - 40, { width: pdf.page.width - 112, lineBreak: false });
  }
  pdf.end();
  return done;
}

// Any report written as Markdown (a drill's score sheet) drawn with the same
// fonts, Markdown handling and per-page footer as the post-mortem PDF.
export async function renderMarkdownPdf(input: { title: string; subtitle: string; markdown: string; footer: string }): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margin: 56, info: { Title: input.title, Subject: input.subtitle, Creator: "Cordon", Producer: "Cordon (pdfkit)" }, bufferPages: true });
  for (const [name, data] of Object.entries(loadPdfFonts())) pdf.registerFont(name, data);
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.font(FONT.bold).fontSize(18).text(printable(input.title));
  pdf.moveDown(0.3).font(FONT.body).fontSize(9).fillColor("#555555").text(printable(input.subtitle));
  pdf.fillColor("#000000").moveDown();
  markdown(pdf, input.markdown);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.font(FONT.body).fontSize(7).fillColor("#555555").text(printable(`${input.footer} · page ${i + 1}/${range.count}`), 56, pdf.page.height - 40, { width: pdf.page.width - 112, lineBreak: false });
  }
  pdf.end();
  return done;
}

function heading(pdf: Pdf, text: string) {
  pdf.moveDown(0.8).font(FONT.bold).fontSize(13).fillColor("#000000").text(printable(text)).moveDown(0.3);
}
function paragraph(pdf: Pdf, text: string, font: string = FONT.body) {
  pdf.font(font).fontSize(10).text(printable(text)).moveDown(0.4);
}
function facts(pdf: Pdf, pairs: [string, string][]) {
  for (const [k, v] of pairs) pdf.font(FONT.bold).fontSize(10).text(printable(`${k}: `), { continued: true }).font(FONT.body).text(printable(v));
  pdf.moveDown(0.4);
}
function bullets(pdf: Pdf, lines: string[]) {
  for (const line of lines) pdf.font(FONT.body).fontSize(10).text(printable(`•  ${line}`), { indent: 0 });
  pdf.moveDown(0.4);
}

function markdown(pdf: Pdf, text: string) {
  for (const node of parseMarkdown(text).children) block(pdf, node, 0);
}

function block(pdf: Pdf, node: RootContent, indent: number): void {
  switch (node.type) {
    case "heading":
      pdf.moveDown(0.3).font(FONT.bold).fontSize(node.depth <= 2 ? 12 : 11);
      inline(pdf, node.children, FONT.bold, indent);
      pdf.moveDown(0.2);
      return;
    case "paragraph":
      pdf.fontSize(10);
      inline(pdf, node.children, FONT.body, indent);
      pdf.moveDown(0.4);
      return;
    case "list":
      node.children.forEach((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : "•  ";
        pdf.fontSize(10);
        const [first, ...rest] = item.children;
        if (first?.type === "paragraph") inline(pdf, first.children, FONT.body, indent, marker);
        else {
          pdf.font(FONT.body).text(marker, 56 + indent);
          if (first) block(pdf, first, indent + 14);
        }
        rest.forEach((child) => block(pdf, child, indent + 14));
      });
      pdf.moveDown(0.3);
      return;
    case "code":
      pdf.font(FONT.mono).fontSize(9).text(printable(node.value), 56 + indent + 8).moveDown(0.4);
      return;
    case "blockquote":
      node.children.forEach((child) => block(pdf, child, indent + 14));
      return;
    case "thematicBreak":
      pdf.moveDown(0.3);
      return;
    case "html":
      // Raw HTML is shown as the text it is.
      pdf.font(FONT.mono).fontSize(9).text(printable(node.value), 56 + indent).moveDown(0.4);
      return;
    default:
      if ("value" in node && typeof node.value === "string") pdf.font(FONT.body).fontSize(10).text(printable(node.value), 56 + indent);
  }
}

type Run = { text: string; font: string; link?: string };

function runs(nodes: PhrasingContent[], font: string, link?: string): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
        return [{ text: node.value, font, link }];
      case "inlineCode":
        return [{ text: node.value, font: FONT.mono, link }];
      case "strong":
        return runs(node.children, FONT.bold, link);
      case "emphasis":
        return runs(node.children, font === FONT.bold ? FONT.bold : FONT.italic, link);
      case "link":
        return runs(node.children, font, isSafeUrl(node.url) ? node.url : undefined);
      case "break":
        return [{ text: "\n", font }];
      case "html":
        return [{ text: node.value, font: FONT.mono }];
      case "image":
        return [{ text: `[image: ${node.alt ?? ""}]`, font: FONT.italic }];
      default:
        return "children" in node ? runs(node.children as PhrasingContent[], font, link) : [];
    }
  });
}

function inline(pdf: Pdf, nodes: PhrasingContent[], font: string, indent: number, prefix = "") {
  const parts = [...(prefix ? [{ text: prefix, font: FONT.body }] : []), ...runs(nodes, font)].filter((r) => r.text.length > 0);
  if (parts.length === 0) return void pdf.text("");
  parts.forEach((run, i) => {
    const options = { continued: i < parts.length - 1, link: run.link ?? null, underline: Boolean(run.link) };
    if (i === 0) pdf.font(run.font).text(printable(run.text), 56 + indent, undefined, options);
    else pdf.font(run.font).text(printable(run.text), options);
  });
}
