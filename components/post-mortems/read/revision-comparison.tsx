import type { RevisionComparison as TRevisionComparison } from "@/lib/rules/post-mortems/compare-revisions";

const CHANGE_LABELS = { added: "Added", removed: "Removed", changed: "Changed", unchanged: "Unchanged" } as const;

// What changed between two published revisions: each changed section with
// the removed words struck through and the added ones marked, so a reader
// sees the edit in place. Colour is never the only signal: <del>/<ins> are
// announced, and struck-through/underlined in print.
export function RevisionComparison({ comparison, from, to }: { comparison: TRevisionComparison; from: number; to: number }) {
  const changed = comparison.sections.filter((s) => s.change !== "unchanged");
  const unchanged = comparison.sections.filter((s) => s.change === "unchanged");
  const items = comparison.actionItems;
  return (
    <section aria-labelledby="comparison-heading" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50/40 p-4 sm:p-6 dark:border-amber-800 dark:bg-amber-950/20" data-testid="revision-comparison">
      <h2 id="comparison-heading" className="text-xl font-semibold">
        What changed from revision {from} to revision {to}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {changed.length === 0 ? "The written sections are the same in both revisions." : `${changed.length} ${changed.length === 1 ? "section" : "sections"} changed.`}{" "}
        Removed text is <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">struck through</del>, added text is{" "}
        <ins className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200">underlined</ins>.
      </p>
      {changed.map((section) => (
        <article key={section.key} aria-labelledby={`diff-${section.key}`} className="space-y-2 border-t border-amber-200 pt-3 dark:border-amber-900">
          <h3 id={`diff-${section.key}`} className="text-base font-semibold">
            {section.title} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">({CHANGE_LABELS[section.change].toLowerCase()})</span>
          </h3>
          <p className="text-sm leading-relaxed whitespace-pre-wrap" data-testid={`diff-${section.key}`}>
            {section.body.map((part, i) =>
              part.change === "added" ? (
                <ins key={i} className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200">{part.text}</ins>
              ) : part.change === "removed" ? (
                <del key={i} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
          <ChangedLines label="Contributing factors" lines={section.factors} />
        </article>
      ))}
      <ChangedLines label="Action items" lines={items} />
      {unchanged.length > 0 && <p className="text-sm text-zinc-600 dark:text-zinc-400">Unchanged: {unchanged.map((s) => s.title).join(", ")}.</p>}
    </section>
  );
}

function ChangedLines({ label, lines }: { label: string; lines: { added: string[]; removed: string[] } }) {
  if (lines.added.length === 0 && lines.removed.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-medium">{label}</p>
      <ul className="list-disc pl-5">
        {lines.removed.map((line) => (
          <li key={`-${line}`}><del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">{line}</del></li>
        ))}
        {lines.added.map((line) => (
          <li key={`+${line}`}><ins className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200">{line}</ins></li>
        ))}
      </ul>
    </div>
  );
}
