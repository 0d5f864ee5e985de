// Follow-up work from a review: what must be true of an action item, and
// when it is overdue. Due dates are calendar days (the owner's "by Friday"),
// compared in UTC so every viewer and the overdue job agree.

export const ACTION_ITEM_KINDS = ["PREVENT", "DETECT", "MITIGATE", "PROCESS"] as const;
export type ActionItemKind = (typeof ACTION_ITEM_KINDS)[number];
export const ACTION_ITEM_PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];
export const ACTION_ITEM_STATES = ["OPEN", "IN_PROGRESS", "DONE", "WONT_DO"] as const;
export type ActionItemState = (typeof ACTION_ITEM_STATES)[number];

export const ACTION_ITEM_KIND_LABELS: Readonly<Record<ActionItemKind, string>> = {
  PREVENT: "Prevent",
  DETECT: "Detect",
  MITIGATE: "Mitigate",
  PROCESS: "Process",
};
export const ACTION_ITEM_PRIORITY_LABELS: Readonly<Record<ActionItemPriority, string>> = { P1: "P1 – urgent", P2: "P2 – high", P3: "P3 – normal", P4: "P4 – low" };
export const ACTION_ITEM_STATE_LABELS: Readonly<Record<ActionItemState, string>> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  WONT_DO: "Won't do",
};

/** Open and in-progress items are still to be done; done and won't-do are settled. */
export function isActionItemSettled(state: ActionItemState): boolean {
  return state === "DONE" || state === "WONT_DO";
}

/** The first instant after the due day, UTC: an item due today is overdue only tomorrow. */
export function overdueFrom(dueOn: Date): Date {
  return new Date(Date.UTC(dueOn.getUTCFullYear(), dueOn.getUTCMonth(), dueOn.getUTCDate() + 1));
}

export function isActionItemOverdue(item: { dueOn: Date; state: ActionItemState }, now: Date): boolean {
  return !isActionItemSettled(item.state) && now.getTime() >= overdueFrom(item.dueOn).getTime();
}

/** Midnight UTC of `now`'s day: the earliest due date accepted at creation. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export interface ActionItemDraft {
  ownerId?: string | null;
  dueOn?: Date | null;
  state?: ActionItemState;
  wontDoReason?: string | null;
  externalUrl?: string | null;
}

/**
 * Every problem with an item as it would be stored, by field. `creating`
 * applies the rule that a new item cannot already be late; an existing
 * item keeps its (possibly past) due date.
 */
export function checkActionItem(item: ActionItemDraft, options: { now: Date; creating: boolean }): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (field: string, message: string) => (fields[field] ??= []).push(message);
  if (!item.ownerId) add("ownerId", "Every action item needs an owner: choose who will do it.");
  if (!item.dueOn) add("dueOn", "Every action item needs a due date.");
  else if (options.creating && item.dueOn.getTime() < startOfUtcDay(options.now).getTime()) {
    add("dueOn", "The due date is in the past: choose today or a later day.");
  }
  if (item.state === "WONT_DO" && (item.wontDoReason ?? "").trim() === "") add("wontDoReason", "Say why this will not be done.");
  if (item.externalUrl && !isHttpUrl(item.externalUrl)) add("externalUrl", "The link must be an http(s) address, e.g. a Jira, Linear or GitHub issue.");
  return fields;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}
