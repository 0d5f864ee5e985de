import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE_BY_RANK: Record<number, BadgeTone> = { 1: "red", 2: "orange", 3: "yellow", 4: "blue" };

export function SeverityBadge({ severityKey, rank, title }: { severityKey: string; rank?: number; title?: string }) {
  const inferred = rank ?? Number(/\d+/.exec(severityKey)?.[0] ?? 4);
  return (
    <Badge tone={TONE_BY_RANK[inferred] ?? "neutral"} title={title} className="font-semibold">
      {severityKey}
    </Badge>
  );
}
