import "server-only";
import { db } from "@/lib/db";
import type { EvidenceStore } from "./storage/evidence-store";

// Removes a stored object only when no live Evidence row points at it:
// content addressing means two records can share one object, and bytes are
// never removed from under a record that still claims them. (Tombstoned
// rows keep their record, not their bytes.)
export async function removeUnreferencedObject(store: EvidenceStore, location: string): Promise<boolean> {
  if (!store.deleteUnreferenced) return false;
  const referenced = await db.evidence.count({ where: { location, deletedAt: null } });
  if (referenced > 0) return false;
  await store.deleteUnreferenced(location);
  return true;
}
