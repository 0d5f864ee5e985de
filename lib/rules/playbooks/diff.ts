// What changed between two versions of a playbook, in words an admin can
// review: steps by key (added, removed, changed, moved), other sections by entry.
import type { Playbook } from "./schema";

export interface PlaybookChange {
  kind: "added" | "removed" | "changed" | "moved";
  section: string;
  label: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function keyedChanges<T>(section: string, before: readonly T[], after: readonly T[], keyOf: (item: T) => string, labelOf: (item: T) => string): PlaybookChange[] {
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterByKey = new Map(after.map((item) => [keyOf(item), item]));
  const changes: PlaybookChange[] = [];
  const keptBefore = before.map(keyOf).filter((k) => afterByKey.has(k));
  const keptAfter = after.map(keyOf).filter((k) => beforeByKey.has(k));
  for (const item of after) {
    const old = beforeByKey.get(keyOf(item));
    if (!old) changes.push({ kind: "added", section, label: labelOf(item) });
    else if (!same(old, item)) changes.push({ kind: "changed", section, label: labelOf(item) });
    else if (keptBefore.indexOf(keyOf(item)) !== keptAfter.indexOf(keyOf(item))) changes.push({ kind: "moved", section, label: labelOf(item) });
  }
  for (const item of before) if (!afterByKey.has(keyOf(item))) changes.push({ kind: "removed", section, label: labelOf(item) });
  return changes;
}

export function diffPlaybooks(before: Playbook, after: Playbook): PlaybookChange[] {
  const changes: PlaybookChange[] = [];
  if (before.name !== after.name) changes.push({ kind: "changed", section: "name", label: `${before.name} → ${after.name}` });
  if (before.summary !== after.summary) changes.push({ kind: "changed", section: "summary", label: "Summary" });
  changes.push(...keyedChanges("triage question", before.triageQuestions, after.triageQuestions, (q) => q.key, (q) => q.question));
  changes.push(...keyedChanges("step", before.steps, after.steps, (s) => s.key, (s) => s.title));
  changes.push(...keyedChanges("evidence", before.evidence, after.evidence, (e) => e.key, (e) => e.what));
  changes.push(...keyedChanges("party", before.parties, after.parties, (p) => p.category, (p) => p.category));
  changes.push(...keyedChanges("framework", before.frameworks, after.frameworks, (f) => f, (f) => f));
  changes.push(...keyedChanges("warning", before.doNot, after.doNot, (w) => w, (w) => w));
  return changes;
}
