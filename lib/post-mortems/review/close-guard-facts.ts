import "server-only";
import type { db, Tx } from "@/lib/db";
import type { CloseGuardFacts } from "@/lib/rules/post-mortem-reviews/close-guard";

// What the close guard needs to know about an incident's review, read in
// the caller's transaction (or outside one for the war room's buttons).
export async function loadCloseGuardFacts(client: Tx | typeof db, incidentId: string, closeRequiresPostMortem: boolean): Promise<CloseGuardFacts> {
  const [review, waiver] = await Promise.all([
    client.postMortem.findUnique({ where: { incidentId }, select: { state: true, revision: true } }),
    client.postMortemWaiver.findUnique({ where: { incidentId }, select: { incidentId: true } }),
  ]);
  return {
    closeRequiresPostMortem,
    reviewState: review?.state ?? null,
    everPublished: (review?.revision ?? 0) > 0,
    waived: waiver !== null,
  };
}
