import "server-only";
import { db } from "@/lib/db";
import type { PersonRef } from "@/lib/rules/post-mortems/document-types";

export type NameBook = (id: string | null | undefined) => PersonRef | null;

// One query for every person a document mentions.
export async function readUserNames(ids: Iterable<string | null | undefined>): Promise<NameBook> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === "string"))];
  const users = unique.length ? await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, u.name]));
  return (id) => (id ? { id, name: byId.get(id) ?? "former user" } : null);
}
