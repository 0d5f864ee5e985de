import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

// What every answer about an action item carries.
export const ACTION_ITEM_SELECT = {
  id: true,
  postMortemId: true,
  incidentId: true,
  title: true,
  description: true,
  ownerId: true,
  dueAt: true,
  priority: true,
  kind: true,
  state: true,
  stateReason: true,
  externalUrl: true,
  doneAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Adds each owner's name, read in one query. */
export async function withOwnerNames<T extends { ownerId: string }>(items: T[], client: Tx | typeof db = db) {
  const ids = [...new Set(items.map((item) => item.ownerId))];
  const people = ids.length === 0 ? [] : await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  return items.map((item) => ({ ...item, owner: { id: item.ownerId, name: names.get(item.ownerId) ?? "Unknown user" } }));
}
