// The timeline an escalation policy produces, in words an admin can check:
// "0 min: the Lead via PagerDuty; 5 min: the Deputy lead via Slack + email".
import type { ResolvedLevel, ResolvedTarget } from "./escalation-policy";

export type TimelineStep = { atMinutes: number; text: string; level: number; cycle: number };

export type TargetWording = (target: ResolvedTarget) => string;

export function describeEscalationTimeline(levels: readonly ResolvedLevel[], repeat: number, word: TargetWording): TimelineStep[] {
  const steps: TimelineStep[] = [];
  let at = 0;
  for (let cycle = 0; cycle <= repeat; cycle++) {
    levels.forEach((level, index) => {
      steps.push({ atMinutes: at, level: index + 1, cycle: cycle + 1, text: level.targets.map(word).join("; ") });
      at += level.waitMinutes;
    });
  }
  return steps;
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function summarizeTimeline(steps: readonly TimelineStep[]): string {
  return steps.map((step) => `${formatMinutes(step.atMinutes)}: ${step.text}`).join("; ");
}

/** When the level after `level` (in `cycle`) fires, counted from the start; null when the sequence ends. */
export function nextStepAt(levels: readonly ResolvedLevel[], repeat: number, level: number, cycle: number): { level: number; cycle: number } | null {
  if (level + 1 < levels.length) return { level: level + 1, cycle };
  if (cycle < repeat) return { level: 0, cycle: cycle + 1 };
  return null;
}
