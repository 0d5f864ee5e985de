import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { listInbox } from "./list-inbox";
import { ZMarkInboxReadInput, type TMarkInboxReadInput } from "./schemas";

// Marks the named items (or everything in the inbox now) read for this
// person. A read mark is a personal view setting, not a change to an
// incident, so it writes no timeline event or audit entry. Only keys of
// items actually in the person's inbox are kept: nobody can pre-mark
// another's items or fill the table with made-up keys.
export async function markInboxRead(user: Pick<SessionUser, "id" | "role">, input: TMarkInboxReadInput) {
  const { keys } = parseInput(ZMarkInboxReadInput, input);
  const inbox = await listInbox(user);
  const present = new Set(inbox.items.map((item) => item.key));
  const marking = (keys ?? [...present]).filter((key) => present.has(key));
  if (marking.length > 0) {
    await db.inboxRead.createMany({ data: marking.map((itemKey) => ({ userId: user.id, itemKey })), skipDuplicates: true });
  }
  return { marked: marking.length, unread: inbox.items.filter((item) => item.unread && !marking.includes(item.key)).length };
}
