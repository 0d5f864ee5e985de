import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  ACTION_ITEM_KIND_LABELS,
  ACTION_ITEM_STATE_LABELS,
  type ActionItemKind,
  type ActionItemState,
} from "@/lib/rules/post-mortem-reviews/action-items";

const STATE_TONE: Record<ActionItemState, BadgeTone> = { OPEN: "neutral", IN_PROGRESS: "blue", DONE: "green", WONT_DO: "neutral" };

export function ActionItemStateBadge({ state, overdue }: { state: ActionItemState; overdue: boolean }) {
  if (overdue) return <Badge tone="red">Overdue</Badge>;
  return <Badge tone={STATE_TONE[state]}>{ACTION_ITEM_STATE_LABELS[state]}</Badge>;
}

export function ActionItemKindBadge({ kind }: { kind: ActionItemKind }) {
  return <Badge>{ACTION_ITEM_KIND_LABELS[kind]}</Badge>;
}

/** "2026-12-18" from the stored due instant (midnight UTC of the due day). */
export function dueDay(dueAt: string): string {
  return dueAt.slice(0, 10);
}
