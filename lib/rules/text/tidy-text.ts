// Generated sentences are built from pieces people typed ("checkout slower.")
// and fixed text ("Business impact: {impact}. Next update…"). These helpers
// keep the joins clean: no "..", no ". .", no "the the".

const TRAILING_PUNCTUATION = /[\s.,;:!?]+$/u;

/** A typed fragment ready to be placed mid-sentence: trimmed, without closing punctuation. */
export function asFragment(text: string): string {
  return text.trim().replace(TRAILING_PUNCTUATION, "");
}

/** Collapses doubled punctuation, spaces before punctuation and immediately repeated words. */
export function tidySentence(text: string): string {
  return text
    .replace(/[ \t]+([.,;:!?])/gu, "$1")
    .replace(/([,;:])[.,;:]+/gu, "$1")
    .replace(/([!?])[.]+/gu, "$1")
    .replace(/(?<!\.)\.\.(?!\.)/gu, ".")
    .replace(/\b(\p{L}+)(\s+\1\b)+/giu, "$1")
    .replace(/[ \t]{2,}/gu, " ")
    .trim();
}

/** Fills {name} placeholders with fragments and tidies the joins. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return tidySentence(template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? asFragment(values[name]!) : whole)));
}

/** "Label: text", unless the text already opens with the label ("Contained: Contained needs…"). */
export function labelOnce(label: string, text: string): { label: string | null; text: string } {
  return text.toLowerCase().startsWith(label.toLowerCase()) ? { label: null, text } : { label, text };
}

/** Sentences joined into one paragraph, each ending with exactly one full stop (or its own ! or ?). */
export function joinSentences(sentences: readonly string[]): string {
  return sentences
    .map((sentence) => sentence.trim())
    .filter(Boolean)
    .map((sentence) => (/[.!?]$/u.test(sentence) ? sentence : `${sentence}.`))
    .join(" ");
}
