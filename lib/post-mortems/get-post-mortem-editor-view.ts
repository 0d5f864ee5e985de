import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authoredPeople, AUTHORED_SELECT, toAuthored } from "./draft/read-authored";
import { readHeader } from "./draft/read-header";
import { summarizeKeyTimes } from "./draft/read-key-times";
import { countDocumentTimeline } from "./draft/read-timeline";
import { readUserNames } from "./draft/read-user-names";
import { findVisiblePostMortemByIncident } from "./find-post-mortem";
import { mayStartReview } from "./get-post-mortem-view";

// What the editor opens with, and no more: the header, the key-time strip,
// the sections and the severity proposal. The timeline, action items,
// reviewers and revisions are panels that load their own data, and impact
// and regulatory outcomes are for the reading view — so opening the editor
// never reads every event of a long incident.
export async function getPostMortemEditorView(user: SessionUser, incidentId: string) {
  const review = await findVisiblePostMortemByIncident(user, incidentId);
  const canWrite = can(user.role, "incidents:write");
  const isAdmin = user.role === "ADMIN";
  if (!review) return { review: null, editor: null, status: await statusOf(incidentId), canCreate: await mayStartReview(user, incidentId), canWrite, isAdmin };
  const [authored, { header, keyTimes }, counts] = await Promise.all([
    db.postMortem.findUniqueOrThrow({ where: { id: review.id }, select: AUTHORED_SELECT }),
    readHeader(review.incidentId),
    countDocumentTimeline(review.id, review.incidentId),
  ]);
  const names = await readUserNames(authoredPeople(authored));
  // Status changes only shape the phase chart, which the editor does not draw.
  const { keyTimes: times, durations } = summarizeKeyTimes(keyTimes, [], new Date());
  return {
    review: { id: review.id, state: review.state, revision: review.revision, requiredApprovals: review.requiredApprovals },
    editor: {
      header,
      keyTimes: times,
      durations,
      timeline: counts,
      ...toAuthored(authored, names),
    },
    status: review.incident.status,
    canCreate: false,
    canWrite,
    isAdmin,
  };
}

async function statusOf(incidentId: string) {
  return (await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { status: true } })).status;
}

export type PostMortemEditorView = Awaited<ReturnType<typeof getPostMortemEditorView>>;
