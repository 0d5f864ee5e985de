import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { Tx } from "@/lib/db";
import { recordIncidentChange } from "@/lib/incidents/record-change";

export type PostMortemChange = { type: string; data?: Record<string, unknown> };

// A review's changes are changes to its incident's record: a timeline event
// `post_mortem.<type>` and an audit entry in the caller's transaction, and a
// NOTIFY so co-authors' editors refresh. The drafted timeline leaves these
// events out (lib/rules/post-mortems/event-kinds.ts isReviewEvent).
export async function recordPostMortemChange(tx: Tx, actor: Actor, review: { id: string; incidentId: string }, change: PostMortemChange): Promise<bigint> {
  return recordIncidentChange(tx, actor, review.incidentId, {
    type: `post_mortem.${change.type}`,
    data: { postMortemId: review.id, ...(change.data ?? {}) },
  });
}
