// Triage questions suggest a severity with the reason shown; the lead
// decides. The suggestion is the most severe one any "yes" points to.
import type { TriageQuestion } from "./schema";

export interface SeveritySuggestion {
  severity: string;
  /** The reasons of every "yes" that points to the suggested severity. */
  reasons: string[];
}

export function suggestSeverity(
  questions: readonly TriageQuestion[],
  answers: Readonly<Record<string, boolean>>,
  rankOf: Readonly<Record<string, number>>,
): SeveritySuggestion | null {
  const yes = questions.filter((q) => answers[q.key] === true && rankOf[q.suggestSeverity] !== undefined);
  if (yes.length === 0) return null;
  const best = Math.min(...yes.map((q) => rankOf[q.suggestSeverity] ?? Infinity));
  const chosen = yes.filter((q) => rankOf[q.suggestSeverity] === best);
  return { severity: chosen[0]?.suggestSeverity ?? "", reasons: chosen.map((q) => q.reason) };
}
