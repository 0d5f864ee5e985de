import { countUpdateBreaches } from "@/lib/rules/insights/incident-metrics";
import type { DrillScenario } from "./scenario";

// The score sheet: the scenario's expected response against what the team
// did, item by item, each met / late / missed with the timeline event that
// proves it. Drill clocks run from the drill's start. Pure.

export type ScoreResult = "met" | "late" | "missed";

export interface ScoreItem {
  key: string;
  label: string;
  result: ScoreResult;
  /** The timeline event that shows it happened (null when it did not). */
  eventId: string | null;
  detail: string;
}

export interface Happening {
  at: Date;
  eventId: string;
}

export interface DrillRecord {
  startedAt: Date;
  endedAt: Date;
  updateEveryMinutes: number;
  acknowledged: Happening | null;
  contained: Happening | null;
  clusterActions: (Happening & { action: string })[];
  evidence: (Happening & { kind: string })[];
  regulationsConsidered: (Happening & { key: string })[];
  statusUpdates: Happening[];
}

const MINUTE_MS = 60_000;

function byDeadline(label: string, key: string, happened: Happening | null, deadline: Date, what: string): ScoreItem {
  if (!happened) return { key, label, result: "missed", eventId: null, detail: `Never ${what}` };
  const minutes = Math.round((happened.at.getTime() - deadline.getTime()) / MINUTE_MS);
  return happened.at <= deadline
    ? { key, label, result: "met", eventId: happened.eventId, detail: `${what[0]!.toUpperCase()}${what.slice(1)} in time` }
    : { key, label, result: "late", eventId: happened.eventId, detail: `${what[0]!.toUpperCase()}${what.slice(1)} ${minutes} min late` };
}

const first = <T extends Happening>(items: readonly T[]): T | null => [...items].sort((a, b) => a.at.getTime() - b.at.getTime())[0] ?? null;

export function scoreDrill(scenario: DrillScenario, record: DrillRecord): ScoreItem[] {
  const start = record.startedAt.getTime();
  const at = (minute: number) => new Date(start + minute * MINUTE_MS);
  const { expected } = scenario;
  const items: ScoreItem[] = [
    byDeadline(`Acknowledged within ${expected.acknowledgeWithinMinutes} min`, "acknowledge", record.acknowledged, at(expected.acknowledgeWithinMinutes), "acknowledged"),
    byDeadline(`Contained within ${expected.containWithinMinutes} min`, "contain", record.contained, at(expected.containWithinMinutes), "contained"),
  ];

  for (const kind of expected.evidence) {
    const loss = scenario.injects.find((inject) => inject.kind === "evidence-loss" && inject.loses === kind);
    const collected = first(record.evidence.filter((e) => e.kind === kind));
    const deadline = loss ? at(loss.atMinute) : record.endedAt;
    const item = byDeadline(`Evidence ${kind} collected${loss ? ` before T+${loss.atMinute} min, when it is lost` : ""}`, `evidence:${kind}`, collected, deadline, "collected");
    items.push(loss && item.result === "late" ? { ...item, detail: "Collected after it was lost: what was gathered is incomplete" } : item);
  }

  for (const action of expected.clusterActions) {
    const done = first(record.clusterActions.filter((a) => a.action === action));
    items.push(byDeadline(`Cluster action ${action}`, `action:${action}`, done, at(expected.containWithinMinutes), "done"));
  }

  for (const action of expected.avoid) {
    const attempted = first(record.clusterActions.filter((a) => a.action === action));
    items.push(
      attempted
        ? { key: `avoid:${action}`, label: `Avoided ${action}`, result: "missed", eventId: attempted.eventId, detail: `${action} was requested, destroying what the team needs` }
        : { key: `avoid:${action}`, label: `Avoided ${action}`, result: "met", eventId: null, detail: "Not requested" },
    );
  }

  for (const regulation of expected.regulations) {
    const considered = first(record.regulationsConsidered.filter((r) => r.key === regulation));
    items.push(
      considered
        ? { key: `regulation:${regulation}`, label: `Considered ${regulation}`, result: "met", eventId: considered.eventId, detail: "Considered during the drill" }
        : { key: `regulation:${regulation}`, label: `Considered ${regulation}`, result: "missed", eventId: null, detail: "Never considered" },
    );
  }

  const breaches = countUpdateBreaches(
    { declaredAt: record.startedAt, acknowledgedAt: null, containedAt: null, resolvedAt: record.endedAt, closedAt: null },
    record.updateEveryMinutes,
    record.statusUpdates.map((u) => u.at),
    record.endedAt,
  );
  const lastUpdate = [...record.statusUpdates].sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
  items.push({
    key: "updates",
    label: `Status updates every ${record.updateEveryMinutes} min`,
    result: breaches === 0 ? "met" : record.statusUpdates.length > 0 ? "late" : "missed",
    eventId: lastUpdate?.eventId ?? null,
    detail: breaches === 0 ? "Every update on cadence" : `${breaches} silence${breaches === 1 ? "" : "s"} longer than the cadence`,
  });
  return items;
}
