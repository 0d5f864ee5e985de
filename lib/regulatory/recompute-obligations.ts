import "server-only";
import type { Tx } from "@/lib/db";
import { loadFrameworkVersion } from "./catalog-store";
import { loadCurrentTriggers } from "./current-triggers";
import { storeObligations, type DueChange } from "./store-obligations";

// After a trigger changes: every accepted framework is recomputed from the
// catalog version it was accepted (or last re-applied) under, so a trigger
// correction never sneaks in an unrelated catalog edit.
export async function recomputeAcceptedObligations(tx: Tx, incidentId: string): Promise<DueChange[]> {
  const accepted = await tx.incidentFramework.findMany({
    where: { incidentId, status: "accepted" },
    orderBy: { frameworkKey: "asc" },
    select: { frameworkKey: true, catalogVersion: true },
  });
  const triggers = await loadCurrentTriggers(tx, incidentId);
  const changes: DueChange[] = [];
  for (const { frameworkKey, catalogVersion } of accepted) {
    const definition = await loadFrameworkVersion(tx, frameworkKey, catalogVersion);
    changes.push(...(await storeObligations(tx, incidentId, definition, catalogVersion, triggers)));
  }
  return changes;
}
