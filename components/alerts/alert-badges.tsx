import { Badge, type BadgeTone } from "@/components/ui/badge";

const PRIORITY_TONE = (rank: number): BadgeTone => (rank <= 3 ? "red" : rank === 4 ? "orange" : rank === 5 ? "yellow" : "neutral");
const STATE_TONE: Record<string, BadgeTone> = { new: "blue", acknowledged: "yellow", attached: "green", resolved: "neutral", ignored: "neutral" };

export function PriorityBadge({ priority, rank }: { priority: string; rank: number }) {
  return <Badge tone={PRIORITY_TONE(rank)}>{priority}</Badge>;
}

export function AlertStateBadge({ state }: { state: string }) {
  return <Badge tone={STATE_TONE[state] ?? "neutral"}>{state}</Badge>;
}
