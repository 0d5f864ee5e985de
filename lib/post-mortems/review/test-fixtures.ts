// Test data for the review workflow: a review row made directly, so these
// tests depend only on the schema, not on how drafting fills it in.
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";

export async function makeReview(incidentId: string, author: Pick<SessionUser, "id">, requiredApprovals = 1) {
  const incident = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { severityKey: true } });
  return db.postMortem.create({
    data: { incidentId, templateKey: incident.severityKey, templateVersion: 1, requiredApprovals, createdById: author.id },
    select: { id: true, incidentId: true },
  });
}

/** A day as the API takes it, `days` from `now` (UTC). */
export function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
