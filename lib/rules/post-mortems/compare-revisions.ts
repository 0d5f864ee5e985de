import { diffWords } from "diff";
import type { PostMortemDocument } from "./document-types";

// Two published revisions side by side, section by section: what the authors
// changed between them, word by word, so a reader of revision 3 sees what
// revision 2 said without reading both whole. Word-level diffs (the `diff`
// package) read better in prose than line diffs.

export type TextPart = { text: string; change: "added" | "removed" | "same" };

export type SectionComparison = {
  key: string;
  title: string;
  change: "added" | "removed" | "changed" | "unchanged";
  body: TextPart[];
  factors: { added: string[]; removed: string[] };
};

export type RevisionComparison = {
  sections: SectionComparison[];
  actionItems: { added: string[]; removed: string[] };
  changedSections: number;
};

type Comparable = Pick<PostMortemDocument, "sections" | "actionItems">;
type Section = Comparable["sections"][number];

export function compareRevisions(older: Comparable, newer: Comparable): RevisionComparison {
  const before = new Map(older.sections.map((s) => [s.key, s]));
  const after = new Set(newer.sections.map((s) => s.key));
  const sections = [
    ...newer.sections.map((section) => compareSection(before.get(section.key), section)),
    ...older.sections.filter((s) => !after.has(s.key)).map((section) => compareSection(section, undefined)),
  ];
  return {
    sections,
    actionItems: compareLines(older.actionItems.map(describeActionItem), newer.actionItems.map(describeActionItem)),
    changedSections: sections.filter((s) => s.change !== "unchanged").length,
  };
}

function compareSection(older: Section | undefined, newer: Section | undefined): SectionComparison {
  const section = (newer ?? older)!;
  const body = diffWords(older?.body ?? "", newer?.body ?? "").map((part): TextPart => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
  const factors = compareLines((older?.factors ?? []).map(describeFactor), (newer?.factors ?? []).map(describeFactor));
  const edited = body.some((part) => part.change !== "same") || factors.added.length > 0 || factors.removed.length > 0;
  return {
    key: section.key,
    title: section.title,
    change: !older ? "added" : !newer ? "removed" : edited ? "changed" : "unchanged",
    body,
    factors,
  };
}

function compareLines(older: string[], newer: string[]): { added: string[]; removed: string[] } {
  const before = new Set(older);
  const after = new Set(newer);
  return { added: newer.filter((line) => !before.has(line)), removed: older.filter((line) => !after.has(line)) };
}

function describeFactor(factor: { kind: string; text: string }): string {
  return `${factor.kind}: ${factor.text}`;
}

function describeActionItem(item: Comparable["actionItems"][number]): string {
  return `${item.title} — ${item.owner.name}, ${item.state.toLowerCase().replace("_", " ")}`;
}
