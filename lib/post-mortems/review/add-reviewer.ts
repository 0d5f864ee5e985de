import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { recordPostMortemChange } from "@/lib/post-mortems/record-post-mortem-change";
import { parseInput } from "@/lib/validation";
import { assertCanManageReviewers } from "./can-manage-reviewers";
import { findPersonForIncident } from "./find-person-for-incident";
import { lockPostMortem } from "./lock-post-mortem";
import { ZAddReviewerInput, type TAddReviewerInput } from "./schemas";

// Names a reviewer and tells them. Auditors read everything but change
// nothing, so they cannot approve and are not named.
export async function addReviewer(user: SessionUser, actor: Actor, postMortemId: string, input: TAddReviewerInput, now = new Date()) {
  const { userId } = parseInput(ZAddReviewerInput, input);
  return transaction(async (tx) => {
    const { postMortem, incident } = await lockPostMortem(tx, user, postMortemId);
    assertCanManageReviewers(user, incident);
    if (postMortem.state === "PUBLISHED") throw conflict("This revision is published: start a new revision before naming reviewers for it.");
    const person = await findPersonForIncident(tx, userId, postMortem.incidentId, "userId");
    if (person.role === "AUDITOR") throw badRequest("Auditors read reviews but do not approve them: choose someone else", { userId: ["Auditors cannot review"] });
    const created = await tx.postMortemReviewer.createMany({ data: [{ postMortemId, userId, addedById: user.id }], skipDuplicates: true });
    if (created.count === 0) throw conflict(`${person.name} is already a reviewer`);
    await recordPostMortemChange(tx, actor, postMortem, { type: "reviewer_added", data: { reviewer: { id: person.id, name: person.name } } });
    if (person.id !== user.id) {
      await queueNotification(tx, {
        type: "review_requested",
        incidentId: postMortem.incidentId,
        key: `${postMortemId}:${person.id}:${postMortem.revision + 1}`,
        userIds: [person.id],
        personalOnly: true,
        data: { postMortemId, requestedBy: user.name },
        now,
      });
    }
    return { userId: person.id, name: person.name, decision: "PENDING" as const };
  });
}
