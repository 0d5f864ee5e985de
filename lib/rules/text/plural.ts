// Counted nouns in English with Intl.PluralRules, so no screen ever says
// "artefact(s)" or "1 tasks". Irregular plurals are passed in.
const rules = new Intl.PluralRules("en");

export function pluralize(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === "one" ? one : other;
}

/** "1 artefact", "3 artefacts", "0 artefacts". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count} ${pluralize(count, one, other)}`;
}
