import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assemblePostMortemDocument } from "./assemble-post-mortem-document";
import { findVisiblePostMortemByIncident } from "./find-post-mortem";

// What the editor and the reading view show: the review's document drafted
// from the live record, or `review: null` when the incident has none yet
// (with whether this user may start it). NOT_FOUND for an incident the
// user may not see.
export async function getPostMortemView(user: SessionUser, incidentId: string) {
  const review = await findVisiblePostMortemByIncident(user, incidentId);
  const canWrite = can(user.role, "incidents:write");
  if (!review) {
    const incident = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { status: true } });
    return { review: null, document: null, status: incident.status, canCreate: await mayStartReview(user, incidentId), canWrite, isAdmin: user.role === "ADMIN" };
  }
  const document = await assemblePostMortemDocument(review.id);
  return {
    review: { id: review.id, state: review.state, revision: review.revision, requiredApprovals: review.requiredApprovals },
    document,
    status: review.incident.status,
    canCreate: false,
    canWrite,
    isAdmin: user.role === "ADMIN",
  };
}

export type PostMortemView = Awaited<ReturnType<typeof getPostMortemView>>;

// The war room's entry point: whether a review exists, and whether this
// user may start one — without drafting the whole document.
export async function getPostMortemSummary(user: SessionUser, incidentId: string) {
  const review = await findVisiblePostMortemByIncident(user, incidentId);
  return { review: review ? { id: review.id, state: review.state } : null, canCreate: !review && (await mayStartReview(user, incidentId)) };
}

export async function mayStartReview(user: SessionUser, incidentId: string): Promise<boolean> {
  if (!can(user.role, "incidents:write")) return false;
  if (user.role === "ADMIN") return true;
  const role = await db.incidentRole.findFirst({ where: { incidentId, userId: user.id, releasedAt: null, kind: { in: ["LEAD", "SCRIBE"] } }, select: { kind: true } });
  return role !== null;
}
