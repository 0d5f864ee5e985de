import type { ScoreItem, ScoreResult } from "./score-drill";

// What a score sheet adds up to, for the report's headline and the history
// per scenario. Pure.

export type ScoreSection = "clocks" | "evidence" | "actions" | "avoided" | "regulations" | "updates";

export const SECTION_LABELS: Record<ScoreSection, string> = {
  clocks: "Drill clocks: acknowledge and contain",
  evidence: "Evidence collected before it was lost",
  actions: "Cluster actions expected",
  avoided: "Destructive actions avoided",
  regulations: "Regulations considered",
  updates: "Updates on cadence",
};

export function sectionOf(item: Pick<ScoreItem, "key">): ScoreSection {
  const [prefix] = item.key.split(":");
  switch (prefix) {
    case "acknowledge":
    case "contain":
      return "clocks";
    case "evidence":
      return "evidence";
    case "action":
      return "actions";
    case "avoid":
      return "avoided";
    case "regulation":
      return "regulations";
    default:
      return "updates";
  }
}

export interface ScoreSummary {
  met: number;
  late: number;
  missed: number;
  total: number;
  /** e.g. "7 of 10 met, 2 late, 1 missed" */
  line: string;
}

export function summarizeScore(items: readonly Pick<ScoreItem, "result">[]): ScoreSummary {
  const count = (result: ScoreResult) => items.filter((i) => i.result === result).length;
  const met = count("met");
  const late = count("late");
  const missed = count("missed");
  const total = items.length;
  if (total === 0) return { met, late, missed, total, line: "Nothing to score" };
  const rest = [late ? `${late} late` : "", missed ? `${missed} missed` : ""].filter(Boolean);
  return { met, late, missed, total, line: `${met} of ${total} met${rest.length ? `, ${rest.join(", ")}` : ""}` };
}

/** Whole minutes from the drill's start to a moment, or null when it never came. */
export function minutesFrom(start: Date, at: Date | null): number | null {
  if (!at) return null;
  return Math.max(0, Math.round((at.getTime() - start.getTime()) / 60_000));
}

export function groupBySection<T extends Pick<ScoreItem, "key">>(items: readonly T[]): { section: ScoreSection; label: string; items: T[] }[] {
  return (Object.keys(SECTION_LABELS) as ScoreSection[])
    .map((section) => ({ section, label: SECTION_LABELS[section], items: items.filter((i) => sectionOf(i) === section) }))
    .filter((group) => group.items.length > 0);
}
