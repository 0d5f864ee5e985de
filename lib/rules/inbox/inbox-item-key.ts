// The key that names an inbox item for its read mark. A task's key holds its
// assignee, so a task handed to someone new is unread for them.
export type InboxItemKind = "approval" | "task" | "acknowledgement";

export function inboxItemKey(kind: InboxItemKind, id: string, assigneeId?: string): string {
  return kind === "task" ? `task:${id}:${assigneeId ?? ""}` : `${kind}:${id}`;
}
