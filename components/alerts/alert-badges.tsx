import { Badge, type BadgeTone } from "@/components/ui/badge";

const PRIORITY_TONE = (rank: number): BadgeTone => (rank <= 3 ? "red" : rank === 4 ? "orange" : rank === 5 ? "yellow" : "neutral");
const STATE_TONE: Record<string, BadgeTone> = { new: "blue", acknowledged: "yellow", attached: "green", resolved: "neutral", ignored: "neutral" };

export function PriorityBadge({ priority, rank }: { priority: string; rank: number }) {
  return <Badge tone={PRIORITY_TONE(rank)}>{priority}</Badge>;
}

export function AlertStateBadge({ state }: { state: string }) {
  return <Badge tone={STATE_TONE[state] ?? "neutral"}>{state}</Badge>;
}

// Set by the minute sweep: no rule took this alert and nobody has
// acknowledged it for a quarter of an hour.
export function UnattendedBadge() {
  return (
    <Badge tone="orange">
      <span title="No rule took this alert and nobody has acknowledged it for 15 minutes or more">waiting 15+ min</span>
    </Badge>
  );
}
