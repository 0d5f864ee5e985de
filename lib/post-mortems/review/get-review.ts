import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { findVisiblePostMortem } from "@/lib/post-mortems/find-post-mortem";
import { listAssignablePeople } from "@/lib/post-mortems/action-items/list-assignable-people";
import { loadApprovalStatus } from "./approval-status";

// Everything the review panel shows: reviewers and their decisions on the
// revision under review, whether publishing is possible and why not, and
// what the viewer may do.
export async function getReview(user: SessionUser, postMortemId: string) {
  const postMortem = await findVisiblePostMortem(user, postMortemId);
  const [{ reviewers, authorIds, revision, status }, assignable] = await Promise.all([loadApprovalStatus(db, postMortem), listAssignablePeople(postMortem.incidentId)]);
  const people = await db.user.findMany({ where: { id: { in: [...new Set([...reviewers.map((row) => row.userId), ...authorIds])] } }, select: { id: true, name: true } });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const name = (id: string) => names.get(id) ?? "Unknown user";
  return {
    id: postMortem.id,
    incidentId: postMortem.incidentId,
    state: postMortem.state,
    revision: postMortem.revision,
    revisionUnderReview: revision,
    requiredApprovals: postMortem.requiredApprovals,
    authors: authorIds.map((id) => ({ id, name: name(id) })),
    reviewers: reviewers.map((row) => ({
      userId: row.userId,
      name: name(row.userId),
      // A decision on an earlier revision is history, not a say on this one.
      decision: row.revision === revision ? row.decision : ("PENDING" as const),
      comment: row.revision === revision ? row.comment : "",
      decidedAt: row.revision === revision ? row.decidedAt : null,
      counts: status.approvedBy.includes(row.userId),
    })),
    /** Who may be named as a reviewer. */
    people: assignable,
    approvals: { required: status.required, given: status.approvedBy.length, satisfied: status.satisfied, reasons: status.reasons },
    viewer: {
      isReviewer: reviewers.some((row) => row.userId === user.id),
      canManageReviewers: user.role === "ADMIN" || user.role === "LEAD" || postMortem.incident.leadId === user.id,
    },
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof getReview>>;
