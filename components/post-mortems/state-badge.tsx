import { Badge } from "@/components/ui/badge";

const LABELS: Record<string, [string, "neutral" | "blue" | "green"]> = {
  DRAFT: ["Draft", "neutral"],
  IN_REVIEW: ["In review", "blue"],
  PUBLISHED: ["Published", "green"],
};

export function ReviewStateBadge({ state, revision }: { state: string; revision: number }) {
  const [label, tone] = LABELS[state] ?? [state, "neutral"];
  return (
    <Badge tone={tone} data-testid="review-state">
      {label}
      {revision > 0 ? ` · revision ${state === "PUBLISHED" ? revision : `${revision + 1} in progress`}` : ""}
    </Badge>
  );
}
