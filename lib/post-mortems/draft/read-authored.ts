import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentSection, SeverityProposal } from "@/lib/rules/post-mortems/document-types";
import { readFactors } from "../section-data";
import type { NameBook } from "./read-user-names";

// What the authors wrote: the sections in template order and the proposed
// severity-policy change. Shared by the whole document and the editor's read.
export const AUTHORED_SELECT = {
  severityProposal: true,
  severityAppliedAt: true,
  severityAppliedById: true,
  sections: { orderBy: { position: "asc" }, select: { key: true, title: true, prompt: true, kind: true, body: true, data: true, version: true, updatedById: true, updatedAt: true } },
} as const;

type AuthoredRow = Prisma.PostMortemGetPayload<{ select: typeof AUTHORED_SELECT }>;

export function authoredPeople(row: AuthoredRow): (string | null)[] {
  return [...row.sections.map((s) => s.updatedById), row.severityAppliedById];
}

export function toAuthored(row: AuthoredRow, names: NameBook): { sections: DocumentSection[]; severityProposal: SeverityProposal | null } {
  const proposal = row.severityProposal as Omit<SeverityProposal, "appliedAt" | "appliedBy"> | null;
  return {
    sections: row.sections.map((s) => ({
      key: s.key,
      title: s.title,
      prompt: s.prompt,
      kind: s.kind,
      body: s.body,
      factors: readFactors(s.data),
      version: s.version,
      updatedBy: names(s.updatedById)?.name ?? null,
      updatedAt: s.updatedAt.toISOString(),
    })),
    severityProposal: proposal ? { ...proposal, appliedAt: row.severityAppliedAt?.toISOString() ?? null, appliedBy: names(row.severityAppliedById)?.name ?? null } : null,
  };
}
