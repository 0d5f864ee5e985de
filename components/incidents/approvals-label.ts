const plural = new Intl.PluralRules("en");

/** "1 action awaits approval", "2 actions await approval". */
export function approvalsLabel(count: number): string {
  return plural.select(count) === "one" ? `${count} action awaits approval` : `${count} actions await approval`;
}
