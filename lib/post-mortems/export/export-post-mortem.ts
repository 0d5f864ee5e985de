import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PostMortemDocument } from "@/lib/rules/post-mortems/document-types";
import { assemblePostMortemDocument } from "../assemble-post-mortem-document";
import { findVisiblePostMortem } from "../find-post-mortem";
import { hashPostMortemDocument } from "../hash-document";
import type { ExportLabel } from "./document-text";
import { renderHtml } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

export type ExportFormat = "md" | "html" | "pdf";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
};

// A published review exports its latest frozen revision with the hash that
// the audit log holds; anything else exports the live draft, labelled as a
// draft, with the hash of the draft's canonical JSON. Naming a revision
// exports that published revision exactly as it was frozen.
export async function exportPostMortem(user: SessionUser, postMortemId: string, format: ExportFormat, revision?: number) {
  const review = await findVisiblePostMortem(user, postMortemId);
  const { document, label } = revision === undefined ? await documentToExport(review.id, review.state, review.revision) : await frozenRevision(review.id, revision);
  const body = format === "md" ? renderMarkdown(document, label) : format === "html" ? renderHtml(document, label) : await renderPdf(document, label);
  const suffix = label.draft ? "draft" : `r${label.revision}`;
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: `${document.header.reference}-post-mortem-${suffix}.${format}`,
    hash: label.hash,
  };
}

async function frozenRevision(postMortemId: string, revision: number): Promise<{ document: PostMortemDocument; label: ExportLabel }> {
  const frozen = await db.postMortemRevision.findUnique({ where: { postMortemId_number: { postMortemId, number: revision } }, select: { content: true, sha256: true } });
  if (!frozen) throw notFound(`Revision ${revision}`);
  return { document: frozen.content as unknown as PostMortemDocument, label: { hash: frozen.sha256, draft: false, revision } };
}

async function documentToExport(postMortemId: string, state: string, revision: number): Promise<{ document: PostMortemDocument; label: ExportLabel }> {
  if (state === "PUBLISHED" && revision > 0) {
    const frozen = await db.postMortemRevision.findUnique({ where: { postMortemId_number: { postMortemId, number: revision } }, select: { content: true, sha256: true } });
    if (frozen) return { document: frozen.content as unknown as PostMortemDocument, label: { hash: frozen.sha256, draft: false, revision } };
  }
  const document = await assemblePostMortemDocument(postMortemId);
  return { document, label: { hash: hashPostMortemDocument(document), draft: true, revision: revision + 1 } };
}
